// A calendar day, the unit every timeline is made of.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace annals {

// A proleptic-Gregorian calendar day without time zone, in the years 1 to
// 9999 (what "YYYY-MM-DD" can write). Stored as days since 1970-01-01 so that
// differences and ordering are plain integer arithmetic, which is all date
// ranking and the alignment metrics need. Arithmetic saturates at the first
// and last day, so that no offset, however absurd (--extend-days
// 2147483647), can overflow or leave the calendar.
class Date {
 public:
  static constexpr int kFirstYear = 1;
  static constexpr int kLastYear = 9999;
  static constexpr int32_t kFirstDay = -719162;  // 0001-01-01
  static constexpr int32_t kLastDay = 2932896;   // 9999-12-31

  constexpr Date() = default;
  // Days outside the calendar are clamped to its first or last day.
  static constexpr Date from_days(int64_t days) { return Date(clamp(days)); }
  static constexpr Date first() { return Date(kFirstDay); }
  static constexpr Date last() { return Date(kLastDay); }
  // Returns nullopt when the triple is not a real calendar day of the years
  // kFirstYear..kLastYear.
  static std::optional<Date> from_ymd(int year, int month, int day);
  // Parses exactly "YYYY-MM-DD"; anything else (including trailing text) is nullopt.
  static std::optional<Date> parse_iso(std::string_view text);

  constexpr int32_t days() const { return days_; }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  // 0 = Monday ... 6 = Sunday (ISO 8601 order).
  unsigned weekday() const;

  std::string to_string() const;  // "YYYY-MM-DD"

  // Saturating: the result stays within first()..last().
  constexpr Date operator+(int64_t n) const { return from_days(int64_t{days_} + clamp_offset(n)); }
  constexpr Date operator-(int64_t n) const { return from_days(int64_t{days_} - clamp_offset(n)); }
  // Exact: two days of the calendar are at most 3,652,058 days apart.
  constexpr int32_t operator-(Date other) const { return days_ - other.days_; }
  constexpr auto operator<=>(const Date&) const = default;

 private:
  constexpr explicit Date(int32_t days) : days_(days) {}
  static constexpr int32_t clamp(int64_t days) {
    return static_cast<int32_t>(days < kFirstDay ? kFirstDay : days > kLastDay ? kLastDay : days);
  }
  // Any offset beyond the calendar's span acts like the span, and negating
  // it cannot overflow.
  static constexpr int64_t clamp_offset(int64_t n) {
    constexpr int64_t kSpan = int64_t{kLastDay} - kFirstDay;
    return n < -kSpan ? -kSpan : n > kSpan ? kSpan : n;
  }
  int32_t days_ = 0;
};

// "YYYY-MM-DD" in digits and dashes, whether or not the day exists.
bool has_iso_date_shape(std::string_view text);

// How much of a date a text says: "on March 7" a day, "in March" a month,
// "in 2011" a year, "in the 2010s" a decade.
enum class Granularity { kDay, kMonth, kYear, kDecade };

const char* granularity_name(Granularity g);  // "day", "month", "year", "decade"

// The day, month or year that starts on `first_day`, written as ISO 8601
// writes it at that precision: "2011-03-07", "2011-03", "2011"; a decade as
// its first year's three leading digits ("201").
std::string iso_string(Date first_day, Granularity g);

// A day, month or year as its first day and granularity.
struct DatePeriod {
  Date first_day;
  Granularity granularity = Granularity::kDay;

  Date last_day() const;  // a decade: its tenth year's last day
  bool contains(Date d) const { return first_day <= d && d <= last_day(); }
};

// "YYYY-MM-DD", "YYYY-MM" or "YYYY" in digits and dashes, whether or not the day or month exists.
bool has_iso_period_shape(std::string_view text);
// Parses exactly one of those three shapes; nullopt for anything else or a day that does not exist.
std::optional<DatePeriod> parse_iso_period(std::string_view text);

// Number of days in a month of a year (Gregorian), 0 for an invalid month.
unsigned days_in_month(int year, unsigned month);

}  // namespace annals
