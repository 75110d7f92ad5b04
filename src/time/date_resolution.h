// Turning partial calendar information (a day and month without year, a
// weekday, a month name) into a calendar value, relative to a reference day.
#pragma once

#include <optional>
#include <string>

#include <absl/functional/function_ref.h>

#include "annals/date.h"
#include "annals/temporal_tagger.h"
#include "time/lexicon.h"

namespace annals::tagging {

// Which occurrence of a recurring day or month is meant.
enum class Direction {
  kNearest,     // the one closest to the reference
  kPast,        // the latest one on or before the reference
  kFuture,      // the earliest one on or after the reference
  kStrictPast,  // "last Friday": strictly before
  kStrictFuture,
};

// A resolved value: year; month (0 for a year or decade); day (0 unless a day).
struct CalendarValue {
  int year = 0;
  int month = 0;
  int day = 0;
  Granularity granularity = Granularity::kDay;

  static CalendarValue of(Date d) {
    return {d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()), Granularity::kDay};
  }
  std::string to_string() const;  // "YYYY-MM-DD", "YYYY-MM", "YYYY" or "YYY"
};

// A day that comes once a year (`in_year` gives it for a year, nullopt where
// it does not exist), in the year chosen by `dir` around `ref`.
using YearlyDay = absl::FunctionRef<std::optional<Date>(int year)>;
std::optional<Date> resolve_yearly(YearlyDay in_year, Date ref, Direction dir);
// Without a year: the nearest occurrence, unless it lies more than a couple
// of months on the side the tense rules out ("the protests began on February
// 14" in an article of October means the last February).
std::optional<Date> resolve_yearly(YearlyDay in_year, Date ref, Tense tense);

// Day `day` of `month`, as resolve_yearly.
std::optional<Date> resolve_day_month(int month, int day, Date ref, Direction dir);
std::optional<Date> resolve_day_month(int month, int day, Date ref, Tense tense);
// The year of the occurrence of `month` chosen by `dir` around `ref`.
int resolve_month_year(int month, Date ref, Direction dir);
Date resolve_weekday(int weekday, Date ref, Direction dir);
// `ref` moved by `months` calendar months, as a month value.
CalendarValue shift_months(Date ref, int months);

}  // namespace annals::tagging
