// Word tokens for term statistics.
#pragma once

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
// How a token's bytes must be folded.
enum class TokenCase { kAsciiLower, kAsciiMixed, kUnicode };
// Finds the next token at or after `pos`; returns false at the end. Sets
// [begin, end) to its bytes and `token_case` to what folding it needs.
bool next_token(std::string_view s, std::size_t& pos, std::size_t& begin, std::size_t& end, TokenCase& token_case);
// Lowercases an ASCII token, or case-folds any other, into `buffer` (or
// returns the token itself when it is ASCII lower case already).
std::string_view fold_token(std::string_view token, TokenCase token_case, std::string& buffer);
}  // namespace detail

template <typename Visit>
void for_each_token(std::string_view sentence, Visit&& visit) {
  std::string buffer;
  std::size_t pos = 0, begin = 0, end = 0;
  detail::TokenCase token_case;
  while (detail::next_token(sentence, pos, begin, end, token_case))
    visit(detail::fold_token(sentence.substr(begin, end - begin), token_case, buffer));
}

}  // namespace annals::text
