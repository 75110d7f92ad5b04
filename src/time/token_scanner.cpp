#include "time/token_scanner.h"

#include <algorithm>

#include "time/characters.h"

namespace annals::tagging {

namespace {

bool starts_upper(std::string_view s, std::size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return c == 0xC3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0x9F;
}

}  // namespace

std::vector<Token> scan_tokens(std::string_view s) {
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 5 + 1);
  bool space = true;
  std::size_t i = 0;
  while (i < s.size()) {
    Char ch = classify(s, i);
    if (ch.cls == CharClass::kSpace) {
      space = true;
      i += ch.length;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    space = false;
    if (ch.cls == CharClass::kPunct) {
      t.kind = TokenKind::kPunct;
      t.punct = ch.punct;
      i += ch.length;
    } else if (ch.cls == CharClass::kDigit) {
      t.kind = TokenKind::kNumber;
      while (i < s.size() && is_digit(s[i])) ++i;
    } else {
      t.kind = TokenKind::kWord;
      t.capitalized = starts_upper(s, i);
      // No temporal word is longer than kMaxFolded; keeping longer ones empty spares the lookups.
      std::size_t size = 0;
      i = fold_word(s, i, [&](const char* bytes, std::size_t n) {
        if (size + n <= Token::kMaxFolded) std::copy(bytes, bytes + n, t.folded_bytes + size);
        size += n;
      });
      if (size <= Token::kMaxFolded) t.folded_size = static_cast<uint8_t>(size);
    }
    t.end = static_cast<uint32_t>(i);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace annals::tagging
