#include "text/dateline.h"

#include <array>

namespace annals::text {

namespace {

constexpr std::size_t kMaxPlaceBytes = 60;
constexpr std::size_t kMaxAgencyBytes = 40;
constexpr std::size_t kMaxPlaceWords = 8;

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
// A byte of a multi-byte UTF-8 character: accented capitals ("ÉVRY") count as capitals.
bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Every word starts with a capital or a digit; no sentence punctuation.
bool looks_like_place(std::string_view place) {
  if (place.empty() || place.size() > kMaxPlaceBytes) return false;
  std::size_t words = 0;
  bool word_start = true;
  for (char c : place) {
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == ';' || c == ':' || c == '(' || c == ')') return false;
    if (c == ' ' || c == ',') {
      word_start = true;
      continue;
    }
    if (word_start && !is_upper_ascii(c) && !is_digit(c) && !is_non_ascii(c)) return false;
    if (word_start) ++words;
    word_start = false;
  }
  return words >= 1 && words <= kMaxPlaceWords;
}

// The length of the dash run at the start of `s` ("-", "--", "–", "—"), 0 if none.
std::size_t dash_length(std::string_view s) {
  for (std::string_view dash : std::array<std::string_view, 4>{"--", "-", "\xE2\x80\x93", "\xE2\x80\x94"})
    if (s.starts_with(dash)) return dash.size();
  return 0;
}

// "CARROWMOUTH, March 4" -> "CARROWMOUTH": a part after the last comma that
// holds a digit is the filing date, not the place.
std::string_view place_without_date(std::string_view place) {
  const std::size_t comma = place.rfind(',');
  if (comma == std::string_view::npos) return place;
  if (place.substr(comma).find_first_of("0123456789") == std::string_view::npos) return place;
  return trim_spaces(place.substr(0, comma));
}

}  // namespace

std::optional<DatelineSpan> find_dateline(std::string_view sentence) {
  const std::size_t open = sentence.find('(');
  if (open == std::string_view::npos || open > kMaxPlaceBytes + 1) return std::nullopt;
  const std::size_t close = sentence.find(')', open);
  if (close == std::string_view::npos || close - open - 1 > kMaxAgencyBytes) return std::nullopt;
  const std::string_view place = trim_spaces(sentence.substr(0, open));
  const std::string_view agency = trim_spaces(sentence.substr(open + 1, close - open - 1));
  // The filing date after the place ("3 mar", "5 marzo") may be lower case.
  const std::string_view name = place_without_date(place);
  if (place.size() > kMaxPlaceBytes || place.find_first_of(".!?\";:") != std::string_view::npos ||
      !looks_like_place(name) || agency.empty() || !(is_upper_ascii(agency.front()) || is_non_ascii(agency.front())))
    return std::nullopt;
  std::size_t at = close + 1;
  while (at < sentence.size() && sentence[at] == ' ') ++at;
  const std::size_t dash = dash_length(sentence.substr(at));
  if (dash == 0) return std::nullopt;
  at += dash;
  if (at >= sentence.size() || sentence[at] != ' ') return std::nullopt;
  while (at < sentence.size() && sentence[at] == ' ') ++at;
  if (at == sentence.size()) return std::nullopt;  // nothing after it: not a dateline but the whole text
  return DatelineSpan{name, agency, at};
}

}  // namespace annals::text
