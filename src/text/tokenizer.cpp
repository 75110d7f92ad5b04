#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/normalizer.h"

namespace annals::text {

namespace detail {

bool is_word_char(std::string_view s, std::size_t i, std::size_t& next) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t at = int32_t(i);
  UChar32 c;
  U8_NEXT(bytes, at, int32_t(s.size()), c);
  next = std::size_t(at);
  return c >= 0 && (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0);
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
