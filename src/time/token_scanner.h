// Splitting a sentence into word, number and punctuation tokens for the
// temporal tagger. A hand-written single pass instead of regular expressions:
// every byte is looked at a bounded number of times, whatever the input.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace annals::tagging {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t begin = 0;  // byte offsets in the sentence
  uint32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  bool space_before = true;  // whitespace (or the sentence start) precedes it
  bool capitalized = false;  // a word starting with an upper-case letter
  // Punctuation: the ASCII character; every dash is '-', every apostrophe
  // '\'', and other symbols (and invalid UTF-8 bytes) are '\0'.
  char punct = '\0';
  // Words: lower case with Latin accents removed, so that "Décembre",
  // "decembre" and "DÉCEMBRE" look alike; empty for words too long to be
  // temporal (and for numbers and punctuation). Kept inline: no token
  // allocates.
  static constexpr std::size_t kMaxFolded = 15;
  uint8_t folded_size = 0;
  char folded_bytes[kMaxFolded] = {};

  std::string_view folded() const { return {folded_bytes, folded_size}; }
};

std::vector<Token> scan_tokens(std::string_view sentence);

}  // namespace annals::tagging
