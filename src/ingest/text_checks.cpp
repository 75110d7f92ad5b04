#include "ingest/text_checks.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <simdjson.h>

namespace annals::ingest {

bool looks_binary(std::string_view head) { return head.find('\0') != std::string_view::npos; }

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
