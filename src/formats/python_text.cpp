#include "formats/python_text.h"

#include <cstdint>

namespace annals::eval {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the well-formed UTF-8 sequence at text[pos], or the length of
// its maximal invalid prefix negated (at least -1), following Unicode's
// "maximal subpart" rule that Python implements.
int utf8_sequence(std::string_view text, std::size_t pos) {
  auto byte = [&](std::size_t i) { return static_cast<uint8_t>(text[i]); };
  uint8_t lead = byte(pos);
  if (lead < 0x80) return 1;
  int length;
  uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  } else {
    return -1;
  }
  for (int k = 1; k < length; ++k) {
    if (pos + k >= text.size()) return -k;
    uint8_t b = byte(pos + k);
    bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    if (!ok) return -k;
  }
  return length;
}

// Decodes the code point at text[pos] of valid UTF-8 and advances pos.
char32_t next_code_point(std::string_view text, std::size_t& pos) {
  auto byte = [&](std::size_t i) { return static_cast<uint8_t>(text[i]); };
  uint8_t lead = byte(pos);
  int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (int k = 1; k < length && pos + k < text.size(); ++k) cp = (cp << 6) | (byte(pos + k) & 0x3F);
  pos += length;
  return cp;
}

// Py_UNICODE_ISSPACE.
bool is_python_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

}  // namespace

std::string decode_utf8_replace(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    int n = utf8_sequence(bytes, pos);
    if (n > 0) {
      out.append(bytes.substr(pos, n));
      pos += n;
    } else {
      out.append(kReplacement);
      pos += -n;
    }
  }
  return out;
}

std::vector<std::string_view> python_splitlines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t here = pos;
    char32_t c = next_code_point(text, pos);
    if (!is_line_break(c)) continue;
    lines.push_back(text.substr(start, here - start));
    if (c == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
    start = pos;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

std::string_view python_strip(std::string_view text) {
  std::size_t begin = 0, end = 0, pos = 0;
  bool seen = false;
  while (pos < text.size()) {
    std::size_t here = pos;
    if (is_python_space(next_code_point(text, pos))) continue;
    if (!seen) begin = here;
    seen = true;
    end = pos;
  }
  return seen ? text.substr(begin, end - begin) : std::string_view();
}

std::vector<std::string_view> python_split(std::string_view text) {
  std::vector<std::string_view> fields;
  std::size_t start = 0, pos = 0;
  bool in_field = false;
  while (pos < text.size()) {
    std::size_t here = pos;
    bool space = is_python_space(next_code_point(text, pos));
    if (space && in_field) fields.push_back(text.substr(start, here - start));
    if (!space && !in_field) start = here;
    in_field = !space;
  }
  if (in_field) fields.push_back(text.substr(start));
  return fields;
}

}  // namespace annals::eval
