#include "ingest/timestamp.h"

namespace annals::ingest {

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return false;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int number(std::string_view s, std::size_t pos, std::size_t n) {
  int value = 0;
  for (std::size_t i = pos; i < pos + n; ++i) value = value * 10 + (s[i] - '0');
  return value;
}

// "HH:MM" with sane ranges at `pos`; 24:00 is not accepted.
bool clock(std::string_view s, std::size_t pos, int max_hour) {
  return digits(s, pos, 2) && s.size() > pos + 2 && s[pos + 2] == ':' && digits(s, pos + 3, 2) &&
         number(s, pos, 2) <= max_hour && number(s, pos + 3, 2) <= 59;
}

bool zone(std::string_view z) {
  if (z.empty() || z == "Z") return true;
  if (z[0] != '+' && z[0] != '-') return false;
  z.remove_prefix(1);
  if (z.size() == 2) return digits(z, 0, 2) && number(z, 0, 2) <= 14;
  if (z.size() == 4) return digits(z, 0, 4) && number(z, 0, 2) <= 14 && number(z, 2, 2) <= 59;
  return z.size() == 5 && clock(z, 0, 14);
}

// Validates "HH:MM[:SS[.fraction]][zone]".
bool time_of_day(std::string_view t) {
  if (!clock(t, 0, 23)) return false;
  std::size_t pos = 5;
  if (pos < t.size() && t[pos] == ':') {
    if (!digits(t, pos + 1, 2) || number(t, pos + 1, 2) > 60) return false;  // 60: leap second
    pos += 3;
    if (pos < t.size() && (t[pos] == '.' || t[pos] == ',')) {
      const std::size_t start = ++pos;
      while (digits(t, pos, 1)) ++pos;
      if (pos == start) return false;
    }
  }
  return zone(t.substr(pos));
}

}  // namespace

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  if (text.size() < 10) return std::nullopt;
  const auto date = Date::parse_iso(text.substr(0, 10));
  if (!date) return std::nullopt;
  if (text.size() == 10) return Timestamp{*date, std::nullopt};
  if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
  const std::string_view time = text.substr(11);
  if (!time_of_day(time)) return std::nullopt;
  return Timestamp{*date, std::string(time)};
}

}  // namespace annals::ingest
