// Word tokens for term statistics.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annals::text {

// Calls `visit(token)` for each case-folded word token of `sentence`: maximal
// runs of letters, digits and combining marks. Everything else (punctuation,
// apostrophes, hyphens, symbols) separates tokens, so "Jackson's" gives
// "jackson", "s" and PTB "Jackson 's" gives the same. The view passed to
// `visit` is valid only during the call.
template <typename Visit>
void for_each_token(std::string_view sentence, Visit&& visit);

// Convenience form that appends the tokens to `out`.
void tokenize(std::string_view sentence, std::vector<std::string>& out);

namespace detail {
// What a byte is to tokens, looked up rather than compared: this loop sees
// every byte of the corpus, so it is inline and leaves only non-ASCII
// characters to ICU.
enum ByteClass : std::uint8_t { kSeparator, kLowerOrDigit, kUpper, kNonAscii };
inline constexpr auto kByteClass = [] {
  std::array<ByteClass, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] = c >= 0x80                                           ? kNonAscii
               : (c >= 'A' && c <= 'Z')                            ? kUpper
               : (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? kLowerOrDigit
                                                                   : kSeparator;
  return table;
}();
// Whether the non-ASCII character at s[i] is part of words (a letter, digit
// or combining mark); sets `next` past it (past one byte if ill-formed).
bool is_word_char(std::string_view s, std::size_t i, std::size_t& next);

// How a token's bytes must be folded.
enum class TokenCase { kAsciiLower, kAsciiMixed, kUnicode };
// Lowercases an ASCII token, or case-folds any other, into `buffer` (or
// returns the token itself when it is ASCII lower case already).
std::string_view fold_token(std::string_view token, TokenCase token_case, std::string& buffer);
}  // namespace detail

template <typename Visit>
void for_each_token(std::string_view sentence, Visit&& visit) {
  std::string buffer;
  const std::size_t size = sentence.size();
  std::size_t i = 0, next = 0;
  for (;;) {
    // Skip to the first word character.
    for (;;) {
      if (i >= size) return;
      detail::ByteClass cls = detail::kByteClass[static_cast<unsigned char>(sentence[i])];
      if (cls == detail::kLowerOrDigit || cls == detail::kUpper) break;
      if (cls == detail::kSeparator) {
        ++i;
      } else if (detail::is_word_char(sentence, i, next)) {
        break;
      } else {
        i = next;
      }
    }
    // Read up to the first other character.
    const std::size_t begin = i;
    detail::TokenCase token_case = detail::TokenCase::kAsciiLower;
    while (i < size) {
      detail::ByteClass cls = detail::kByteClass[static_cast<unsigned char>(sentence[i])];
      if (cls == detail::kLowerOrDigit) {
        ++i;
      } else if (cls == detail::kUpper) {
        if (token_case == detail::TokenCase::kAsciiLower) token_case = detail::TokenCase::kAsciiMixed;
        ++i;
      } else if (cls == detail::kSeparator || !detail::is_word_char(sentence, i, next)) {
        break;
      } else {
        token_case = detail::TokenCase::kUnicode;
        i = next;
      }
    }
    std::string_view token = sentence.substr(begin, i - begin);
    visit(token_case == detail::TokenCase::kAsciiLower ? token : detail::fold_token(token, token_case, buffer));
  }
}

}  // namespace annals::text
