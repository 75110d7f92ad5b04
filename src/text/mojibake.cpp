#include "text/mojibake.h"

#include <cstdint>
#include <optional>

namespace annals::text {

namespace {

struct CodePoint {
  char32_t value;
  std::size_t length;  // bytes in the text
};

// The well-formed UTF-8 code point at `at`, or nullopt.
std::optional<CodePoint> decode(std::string_view s, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b0 = byte(at);
  if (b0 < 0x80) return CodePoint{b0, 1};
  const std::size_t length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
  if (length == 0 || length > 3 || at + length > s.size()) return std::nullopt;  // no 4-byte one is needed here
  char32_t value = b0 & (length == 2 ? 0x1F : 0x0F);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return std::nullopt;
    value = (value << 6) | (byte(at + i) & 0x3F);
  }
  if (length == 3 && (value < 0x800 || (value >= 0xD800 && value <= 0xDFFF))) return std::nullopt;
  return CodePoint{value, length};
}

// The Windows-1252 byte that shows as `c`, or -1. Latin-1's C1 controls
// map to their own byte, as a Latin-1 reading leaves them.
int windows_1252_byte(char32_t c) {
  if (c >= 0x80 && c <= 0xFF) return static_cast<int>(c);
  switch (c) {
    case 0x20AC: return 0x80; case 0x201A: return 0x82; case 0x0192: return 0x83; case 0x201E: return 0x84;
    case 0x2026: return 0x85; case 0x2020: return 0x86; case 0x2021: return 0x87; case 0x02C6: return 0x88;
    case 0x2030: return 0x89; case 0x0160: return 0x8A; case 0x2039: return 0x8B; case 0x0152: return 0x8C;
    case 0x017D: return 0x8E; case 0x2018: return 0x91; case 0x2019: return 0x92; case 0x201C: return 0x93;
    case 0x201D: return 0x94; case 0x2022: return 0x95; case 0x2013: return 0x96; case 0x2014: return 0x97;
    case 0x02DC: return 0x98; case 0x2122: return 0x99; case 0x0161: return 0x9A; case 0x203A: return 0x9B;
    case 0x0153: return 0x9C; case 0x017E: return 0x9E; case 0x0178: return 0x9F;
    default: return -1;
  }
}

// What a repair may give: the letters and signs of the scripts whose text is
// mis-read this way, never what a correct letter and the punctuation after
// it happen to spell ("groß“" is no NKo letter, "liberté »" no CJK one,
// "CAFÉ’S" no IPA one, "PÍŠE" no combining mark).
bool repairs_to_text(char32_t c) {
  return (c >= 0xA0 && c <= 0x17F)       // Latin-1's signs and letters, Latin Extended-A
         || (c >= 0x218 && c <= 0x21B)   // Romanian ș ț
         || (c >= 0x386 && c <= 0x3CE)   // Greek
         || (c >= 0x401 && c <= 0x45F)   // Cyrillic
         || (c >= 0x5D0 && c <= 0x5EA)   // Hebrew letters
         || (c >= 0x621 && c <= 0x64A)   // Arabic letters
         || (c >= 0x2010 && c <= 0x2044) // dashes, quotes, daggers, bullet, ellipsis, per mille
         || c == 0x20AC || c == 0x2122   // €, ™
         || c == 0xFEFF;                 // a byte order mark read as text: removed
}

// At `at`, a run of 2 or 3 characters whose bytes are one UTF-8 sequence of
// a character repairs_to_text allows: that character's bytes (none for a
// byte order mark) and the run's length.
std::optional<std::pair<std::string, std::size_t>> mojibake_at(std::string_view s, std::size_t at) {
  std::string bytes;
  std::size_t end = at;
  std::size_t needed = 0;
  while (end < s.size()) {
    const std::optional<CodePoint> c = decode(s, end);
    if (!c) return std::nullopt;
    const int b = windows_1252_byte(c->value);
    if (b < 0) return std::nullopt;
    if (bytes.empty()) {
      needed = b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
      if (needed == 0) return std::nullopt;
    } else if ((b & 0xC0) != 0x80) {
      return std::nullopt;
    }
    bytes.push_back(static_cast<char>(b));
    end += c->length;
    if (bytes.size() == needed) break;
  }
  if (bytes.size() != needed) return std::nullopt;
  const std::optional<CodePoint> repaired = decode(bytes, 0);
  if (!repaired || !repairs_to_text(repaired->value)) return std::nullopt;
  if (repaired->value == 0xFEFF) bytes.clear();
  return std::make_pair(std::move(bytes), end - at);
}

// Lead characters of a run, "Â".."ß" and "à".."ï" (bytes C2..DF and E0..EF
// read as Windows-1252), are U+00C2..U+00EF: C3 82..C3 AF in UTF-8.
bool may_open_run(std::string_view s, std::size_t at) {
  if (static_cast<unsigned char>(s[at]) != 0xC3 || at + 1 >= s.size()) return false;
  const auto b1 = static_cast<unsigned char>(s[at + 1]);
  return b1 >= 0x82 && b1 <= 0xAF;
}

}  // namespace

std::size_t repair_mojibake(std::string& utf8) {
  std::size_t repairs = 0;
  std::string out;
  std::size_t copied = 0;
  for (std::size_t at = 0; at < utf8.size();) {
    if (may_open_run(utf8, at)) {
      if (auto run = mojibake_at(utf8, at)) {
        out.append(utf8, copied, at - copied);
        out += run->first;
        at += run->second;
        copied = at;
        ++repairs;
        continue;
      }
    }
    ++at;
  }
  if (repairs == 0) return 0;
  out.append(utf8, copied, std::string::npos);
  utf8 = std::move(out);
  return repairs;
}

}  // namespace annals::text
