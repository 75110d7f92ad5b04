#include "ingest/json_repair.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace annals::ingest {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, the JSON number grammar.
bool is_json_number(std::string_view s) {
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    return i > start;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < s.size() && s[i] == '.' && (++i, !digits())) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

// True when simdjson cannot hold the (valid) number: an integer outside
// int64/uint64, or a value beyond the range of a double.
bool out_of_range(std::string_view number) {
  const char* end = number.data() + number.size();
  if (number.find_first_of(".eE") == std::string_view::npos) {
    if (number.starts_with('-')) {
      std::int64_t value;
      return std::from_chars(number.data(), end, value).ec != std::errc();
    }
    std::uint64_t value;
    return std::from_chars(number.data(), end, value).ec != std::errc();
  }
  const std::string copy(number);  // strtod needs the terminating NUL
  errno = 0;
  const double value = std::strtod(copy.c_str(), nullptr);
  return errno == ERANGE && std::isinf(value);
}

// The code unit of a "\uXXXX" escape starting at `pos`, or -1.
int escaped_unit(std::string_view s, std::size_t pos) {
  if (pos + 6 > s.size() || s[pos] != '\\' || s[pos + 1] != 'u') return -1;
  int unit = 0;
  const auto [end, ec] = std::from_chars(s.data() + pos + 2, s.data() + pos + 6, unit, 16);
  return ec == std::errc() && end == s.data() + pos + 6 ? unit : -1;
}

bool is_high_surrogate(int unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool is_low_surrogate(int unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

// Copies the string starting at the quote at `i` to `out`; returns the index
// after its closing quote (or the end).
std::size_t copy_string(std::string_view s, std::size_t i, std::string& out, JsonRepairs& repairs) {
  out += s[i++];
  while (i < s.size()) {
    const char c = s[i];
    if (c == '"') {
      out += c;
      return i + 1;
    }
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    const int unit = escaped_unit(s, i);
    if (is_high_surrogate(unit) && is_low_surrogate(escaped_unit(s, i + 6))) {
      out.append(s.substr(i, 12));  // a proper pair
      i += 12;
    } else if (is_high_surrogate(unit) || is_low_surrogate(unit)) {
      out += "\\ufffd";
      repairs.surrogates_replaced = true;
      i += 6;
    } else {
      out.append(s.substr(i, std::min<std::size_t>(2, s.size() - i)));
      i += 2;
    }
  }
  return i;
}

}  // namespace

JsonRepairs repair_json(std::string& json) {
  JsonRepairs repairs;
  const std::string_view s(json);
  std::string out;
  out.reserve(s.size() + 16);
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '"') {
      i = copy_string(s, i, out, repairs);
    } else if (c == '-' || is_digit(c)) {
      std::size_t end = i + 1;
      while (end < s.size() && (is_digit(s[end]) || std::string_view("+-.eE").find(s[end]) != std::string_view::npos)) {
        ++end;
      }
      const std::string_view token = s.substr(i, end - i);
      if (is_json_number(token) && out_of_range(token)) {
        out.append(1, '"').append(token).append(1, '"');
        repairs.numbers_quoted = true;
      } else {
        out.append(token);
      }
      i = end;
    } else {
      out += c;
      ++i;
    }
  }
  if (repairs.numbers_quoted || repairs.surrogates_replaced) json = std::move(out);
  return repairs;
}

}  // namespace annals::ingest
