#include "ingest/text_checks.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <simdjson.h>

namespace annals::ingest {

namespace {

// Latin text in UTF-16 has a NUL in every other byte: odd ones for little
// endian, even ones for big endian. Checked on the first bytes only.
bool nul_every_other_byte(std::string_view head) {
  constexpr std::size_t kPairs = 64;
  const std::size_t pairs = std::min(head.size() / 2, kPairs);
  if (pairs < 2) return false;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < pairs; ++i) {
    even += head[2 * i] == '\0';
    odd += head[2 * i + 1] == '\0';
  }
  return (odd == pairs && even == 0) || (even == pairs && odd == 0);
}

}  // namespace

std::string_view not_text_reason(std::string_view head) {
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF") || nul_every_other_byte(head)) {
    return "UTF-16 (convert to UTF-8)";
  }
  if (head.find('\0') != std::string_view::npos) return "binary file (contains NUL bytes)";
  return {};
}

bool repair_utf8(std::string& text) {
  if (simdjson::validate_utf8(text.data(), text.size())) return false;
  std::string repaired;
  repaired.reserve(text.size() + 16);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int64_t>(text.size());
  for (int64_t i = 0; i < length;) {
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      repaired += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
    } else {
      repaired.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  text = std::move(repaired);
  return true;
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

std::string quoted_excerpt(std::string_view value) {
  constexpr std::size_t kMaxBytes = 60;
  if (value.size() <= kMaxBytes) return "\"" + std::string(value) + "\"";
  std::size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(value.substr(0, cut)) + "\"...";
}

}  // namespace annals::ingest
