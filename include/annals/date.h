// A calendar day, the unit every timeline is made of.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace annals {

// A proleptic-Gregorian calendar day without time zone. Stored as days since
// 1970-01-01 so that differences and ordering are plain integer arithmetic,
// which is all date ranking and the alignment metrics need.
class Date {
 public:
  constexpr Date() = default;
  static constexpr Date from_days(int32_t days) { return Date(days); }
  // Returns nullopt when the triple is not a real calendar day.
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

  constexpr Date operator+(int32_t n) const { return Date(days_ + n); }
  constexpr Date operator-(int32_t n) const { return Date(days_ - n); }
  constexpr int32_t operator-(Date other) const { return days_ - other.days_; }
  constexpr auto operator<=>(const Date&) const = default;

 private:
  constexpr explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

// Number of days in a month of a year (Gregorian), 0 for an invalid month.
unsigned days_in_month(int year, unsigned month);

}  // namespace annals
