#include "time/date_resolution.h"

#include <cstdio>
#include <cstdlib>

namespace annals::tagging {

std::string CalendarValue::to_string() const {
  char buf[32];
  switch (granularity) {
    case Granularity::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
    case Granularity::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case Granularity::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Granularity::kDecade: std::snprintf(buf, sizeof buf, "%03d", year / 10); break;
  }
  return buf;
}

std::optional<Date> resolve_yearly(YearlyDay in_year, Date ref, Direction dir) {
  std::optional<Date> best;
  for (int year = ref.year() - 1; year <= ref.year() + 1; ++year) {
    std::optional<Date> d = in_year(year);
    if (!d) continue;
    bool ok = dir == Direction::kNearest || ((dir == Direction::kPast) ? *d <= ref
                                             : (dir == Direction::kFuture) ? *d >= ref
                                             : (dir == Direction::kStrictPast) ? *d < ref
                                                                                : *d > ref);
    if (!ok) continue;
    // Among the allowed candidates, the one nearest to the reference.
    if (!best || std::abs(*d - ref) < std::abs(*best - ref)) best = d;
  }
  return best;
}

std::optional<Date> resolve_yearly(YearlyDay in_year, Date ref, Tense tense) {
  constexpr int kSlackDays = 60;
  std::optional<Date> d = resolve_yearly(in_year, ref, Direction::kNearest);
  if (d && *d - ref > kSlackDays && tense != Tense::kFuture) return resolve_yearly(in_year, ref, Direction::kPast);
  if (d && ref - *d > kSlackDays && tense == Tense::kFuture) return resolve_yearly(in_year, ref, Direction::kFuture);
  return d;
}

std::optional<Date> resolve_day_month(int month, int day, Date ref, Direction dir) {
  return resolve_yearly([=](int year) { return Date::from_ymd(year, month, day); }, ref, dir);
}

std::optional<Date> resolve_day_month(int month, int day, Date ref, Tense tense) {
  return resolve_yearly([=](int year) { return Date::from_ymd(year, month, day); }, ref, tense);
}

int resolve_month_year(int month, Date ref, Direction dir) {
  int y = ref.year(), m = static_cast<int>(ref.month());
  switch (dir) {
    case Direction::kPast: return month <= m ? y : y - 1;
    case Direction::kStrictPast: return month < m ? y : y - 1;
    case Direction::kFuture: return month >= m ? y : y + 1;
    case Direction::kStrictFuture: return month > m ? y : y + 1;
    case Direction::kNearest: break;
  }
  if (month - m > 6) return y - 1;
  if (m - month > 6) return y + 1;
  return y;
}

Date resolve_weekday(int weekday, Date ref, Direction dir) {
  int back = (static_cast<int>(ref.weekday()) - weekday + 7) % 7;  // days since the last one
  int ahead = (7 - back) % 7;                                     // days until the next one
  switch (dir) {
    case Direction::kPast: return ref - back;
    case Direction::kStrictPast: return ref - (back == 0 ? 7 : back);
    case Direction::kFuture: return ref + ahead;
    case Direction::kStrictFuture: return ref + (ahead == 0 ? 7 : ahead);
    case Direction::kNearest: break;
  }
  return back <= ahead ? ref - back : ref + ahead;
}

CalendarValue shift_months(Date ref, int months) {
  int index = ref.year() * 12 + static_cast<int>(ref.month()) - 1 + months;
  return {index / 12, index % 12 + 1, 0, Granularity::kMonth};
}

}  // namespace annals::tagging
