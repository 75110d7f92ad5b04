#include "text/normalizer.h"

#include <cstdint>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace annals::text {

namespace {

// Whether every character is below U+0300, i.e. every UTF-8 byte below 0xCC.
// Looks at 8 bytes at a time: most are ASCII.
bool below_combining_marks(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if ((word & 0x8080808080808080u) == 0) continue;
    for (std::size_t k = i; k < i + 8; ++k)
      if (static_cast<unsigned char>(s[k]) >= 0xCC) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0xCC) return false;
  return true;
}

}  // namespace

std::string normalize_nfc(std::string_view utf8) {
  // Characters below U+0300 are all NFC starters that nothing composes
  // with, so most news text needs no look at ICU.
  if (below_combining_marks(utf8)) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::StringPiece piece(utf8.data(), int32_t(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, int32_t(utf8.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  return U_SUCCESS(status) ? out : std::string(utf8);
}

std::string fold_case(std::string_view utf8) {
  // ASCII fast path: most tokens in news text are plain ASCII.
  std::string out(utf8);
  bool ascii = true;
  for (char& c : out) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  }
  if (ascii) return out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), int32_t(utf8.size())));
  u.foldCase();
  out.clear();
  u.toUTF8String(out);
  return out;
}

std::size_t repair_utf8(std::string& text) {
  std::size_t bad = 0;
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = int32_t(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      if (bad == 0) out.assign(text, 0, std::size_t(start));
      ++bad;
      out += "\xEF\xBF\xBD";
    } else if (bad > 0) {
      out.append(text, std::size_t(start), std::size_t(i - start));
    }
  }
  if (bad > 0) text = std::move(out);
  return bad;
}

}  // namespace annals::text
