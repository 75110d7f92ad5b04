#include "annals/date.h"

#include <chrono>
#include <cstdio>

namespace annals {

namespace {
std::chrono::year_month_day civil(int32_t days) {
  return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
}

// The value of a run of digits, already checked by has_iso_date_shape.
int digits_value(std::string_view s) {
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return value;
}
}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < kFirstYear || year > kLastYear || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{unsigned(month)},
                                  std::chrono::day{unsigned(day)}};
  if (!ymd.ok()) return std::nullopt;
  return Date(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

bool has_iso_date_shape(std::string_view text) {
  if (text.size() != 10) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? text[i] != '-' : (text[i] < '0' || text[i] > '9')) return false;
  }
  return true;
}

std::optional<Date> Date::parse_iso(std::string_view text) {
  if (!has_iso_date_shape(text)) return std::nullopt;
  return from_ymd(digits_value(text.substr(0, 4)), digits_value(text.substr(5, 2)),
                  digits_value(text.substr(8, 2)));
}

int Date::year() const { return int(civil(days_).year()); }
unsigned Date::month() const { return unsigned(civil(days_).month()); }
unsigned Date::day() const { return unsigned(civil(days_).day()); }

unsigned Date::weekday() const {
  return std::chrono::weekday{std::chrono::sys_days{std::chrono::days{days_}}}.iso_encoding() - 1;
}

std::string Date::to_string() const {
  auto ymd = civil(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return buf;
}

const char* granularity_name(Granularity g) {
  switch (g) {
    case Granularity::kDay: return "day";
    case Granularity::kMonth: return "month";
    case Granularity::kYear: return "year";
    case Granularity::kDecade: return "decade";
  }
  return "day";
}

std::string iso_string(Date first_day, Granularity g) {
  const std::string day = first_day.to_string();
  switch (g) {
    case Granularity::kDay: return day;
    case Granularity::kMonth: return day.substr(0, 7);
    case Granularity::kYear: return day.substr(0, 4);
    case Granularity::kDecade: return day.substr(0, 3);
  }
  return day;
}

Date DatePeriod::last_day() const {
  const int year = first_day.year();
  switch (granularity) {
    case Granularity::kDay: return first_day;
    case Granularity::kMonth: return first_day + (days_in_month(year, first_day.month()) - first_day.day());
    case Granularity::kYear: return Date::from_ymd(year, 12, 31).value_or(Date::last());
    case Granularity::kDecade: return Date::from_ymd(year / 10 * 10 + 9, 12, 31).value_or(Date::last());
  }
  return first_day;
}

bool has_iso_period_shape(std::string_view text) {
  if (text.size() == 10) return has_iso_date_shape(text);
  if (text.size() != 4 && text.size() != 7) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i == 4 ? text[i] != '-' : (text[i] < '0' || text[i] > '9')) return false;
  return true;
}

std::optional<DatePeriod> parse_iso_period(std::string_view text) {
  if (!has_iso_period_shape(text)) return std::nullopt;
  const int year = digits_value(text.substr(0, 4));
  const int month = text.size() > 4 ? digits_value(text.substr(5, 2)) : 1;
  const int day = text.size() > 7 ? digits_value(text.substr(8, 2)) : 1;
  std::optional<Date> first = Date::from_ymd(year, month, day);
  if (!first) return std::nullopt;
  const Granularity g = text.size() == 10 ? Granularity::kDay : text.size() == 7 ? Granularity::kMonth : Granularity::kYear;
  return DatePeriod{*first, g};
}

unsigned days_in_month(int year, unsigned month) {
  if (month < 1 || month > 12) return 0;
  using namespace std::chrono;
  return unsigned((year_month_day_last{std::chrono::year{year}, month_day_last{std::chrono::month{month}}}).day());
}

}  // namespace annals
