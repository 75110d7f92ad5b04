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

// Number of days in a month of a year (Gregorian), 0 for an invalid month.
unsigned days_in_month(int year, unsigned month);

}  // namespace annals
