#include "text/tokenizer.h"

#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/normalizer.h"

namespace annals::text {

namespace detail {

namespace {
// What a byte is to tokens, looked up rather than compared: these loops see
// every byte of the corpus.
enum ByteClass : uint8_t { kSeparator, kLowerOrDigit, kUpper, kNonAscii };
constexpr auto kByteClass = [] {
  std::array<ByteClass, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] = c >= 0x80                                           ? kNonAscii
               : (c >= 'A' && c <= 'Z')                            ? kUpper
               : (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? kLowerOrDigit
                                                                   : kSeparator;
  return table;
}();
bool is_word_char(UChar32 c) { return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

// The non-ASCII character at bytes[i]: where it ends and whether it is part of words.
struct NonAscii {
  int32_t end;
  bool word;
};
NonAscii decode(const uint8_t* bytes, int32_t i, int32_t length) {
  UChar32 c;
  U8_NEXT(bytes, i, length, c);
  return {i, c >= 0 && is_word_char(c)};
}
}  // namespace

bool next_token(std::string_view s, std::size_t& pos, std::size_t& begin, std::size_t& end, TokenCase& token_case) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = int32_t(s.size());
  int32_t i = int32_t(pos);
  // Skip to the first word character.
  for (;;) {
    if (i >= length) {
      pos = std::size_t(length);
      return false;
    }
    ByteClass cls = kByteClass[bytes[i]];
    if (cls == kLowerOrDigit || cls == kUpper) break;
    if (cls == kSeparator) {
      ++i;
      continue;
    }
    NonAscii c = decode(bytes, i, length);
    if (c.word) break;
    i = c.end;
  }
  begin = std::size_t(i);
  TokenCase found = TokenCase::kAsciiLower;
  // Read up to the first other character.
  while (i < length) {
    ByteClass cls = kByteClass[bytes[i]];
    if (cls == kLowerOrDigit) {
      ++i;
    } else if (cls == kUpper) {
      if (found == TokenCase::kAsciiLower) found = TokenCase::kAsciiMixed;
      ++i;
    } else if (cls == kSeparator) {
      break;
    } else {
      NonAscii c = decode(bytes, i, length);
      if (!c.word) break;
      found = TokenCase::kUnicode;
      i = c.end;
    }
  }
  token_case = found;
  end = pos = std::size_t(i);
  return true;
}

std::string_view fold_token(std::string_view token, TokenCase token_case, std::string& buffer) {
  switch (token_case) {
    case TokenCase::kAsciiLower:
      return token;
    case TokenCase::kAsciiMixed:
      buffer.assign(token);
      for (char& c : buffer)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
      return buffer;
    case TokenCase::kUnicode:
      buffer = fold_case(token);
      return buffer;
  }
  return token;
}

}  // namespace detail

void tokenize(std::string_view sentence, std::vector<std::string>& out) {
  for_each_token(sentence, [&](std::string_view token) { out.emplace_back(token); });
}

}  // namespace annals::text
