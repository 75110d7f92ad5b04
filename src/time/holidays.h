// Days named by a holiday ("Christmas Eve", "le lundi de Pâques", "Nochevieja"):
// which day each holiday falls on in a given year. The lexicons map each
// language's names to these; match_holiday (recognizer.h) resolves the year.
#pragma once

#include <cstdint>
#include <optional>

#include "annals/date.h"

namespace annals::tagging {

enum Holiday : int8_t {
  kNewYearsDay,     // 1 January
  kEpiphany,        // 6 January
  kValentinesDay,   // 14 February
  kIndependenceUs,  // 4 July ("the Fourth of July")
  kBastilleDay,     // 14 July
  kAssumption,      // 15 August (Ferragosto)
  kHalloween,       // 31 October
  kAllSaints,       // 1 November
  kChristmasEve,    // 24 December
  kChristmasDay,    // 25 December
  kBoxingDay,       // 26 December
  kNewYearsEve,     // 31 December
  kGoodFriday,      // Easter Sunday - 2
  kEasterSunday,    // Gregorian computus
  kEasterMonday,    // Easter Sunday + 1
  kThanksgivingUs,  // fourth Thursday of November
};

// The day `holiday` falls on in `year`; nullopt outside the calendar annals
// dates (Date), and for the days counted from Easter before the Gregorian
// calendar (1583).
std::optional<Date> holiday_in_year(Holiday holiday, int year);

}  // namespace annals::tagging
