// Publication dates as records write them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "annals/date.h"

namespace annals::ingest {

struct Timestamp {
  Date date;
  std::optional<std::string> time;  // as written after the date, e.g. "14:05:00+02:00"
};

// Accepts an ISO 8601 date "YYYY-MM-DD" or a date-time "YYYY-MM-DD[T ]HH:MM[:SS[.f...]]"
// followed by an optional zone "Z", "+HH:MM", "+HHMM" or "+HH". The day is the
// date as written: zones are kept in `time` but never shift the day, because
// the publication day the outlet printed is what a timeline shows.
std::optional<Timestamp> parse_timestamp(std::string_view text);

}  // namespace annals::ingest
