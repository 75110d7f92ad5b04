#include "time/token_scanner.h"

namespace annals::tagging {

namespace {

// Base letters of U+00C0..U+00FF (upper case half; the lower case half mirrors it).
// '*' marks the two symbols of that block (multiplication and division signs).
constexpr std::string_view kLatin1Fold = "aaaaaaaceeeeiiiidnooooo*ouuuuyts";

constexpr std::size_t kMaxWordLength = 15;  // fits the short-string buffer

bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Length of the well-formed UTF-8 sequence at s[i], or 1 for a stray byte.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  unsigned char c = s[i];
  std::size_t n = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
  if (n == 1 || i + n > s.size()) return 1;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
  return n;
}

enum class CharClass { kSpace, kDigit, kLetter, kPunct };

struct Char {
  CharClass cls;
  std::size_t length;
  char punct = '\0';
};

Char classify(std::string_view s, std::size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) {
    if (is_space(c)) return {CharClass::kSpace, 1};
    if (is_digit(c)) return {CharClass::kDigit, 1};
    if (is_ascii_letter(c)) return {CharClass::kLetter, 1};
    return {CharClass::kPunct, 1, static_cast<char>(c == '`' ? '\'' : c)};
  }
  std::size_t n = utf8_length(s, i);
  if (n == 1) return {CharClass::kPunct, 1};
  unsigned char c1 = s[i + 1];
  if (c == 0xC2) {
    if (c1 == 0xA0) return {CharClass::kSpace, 2};                             // no-break space
    if (c1 == 0xAA || c1 == 0xBA || c1 == 0xB0) return {CharClass::kLetter, 2};  // ª º ° (ordinals)
    return {CharClass::kPunct, 2};
  }
  if (c == 0xC3) return {(c1 == 0x97 || c1 == 0xB7) ? CharClass::kPunct : CharClass::kLetter, 2};
  if (c == 0xE2 && n == 3 && c1 == 0x80) {
    unsigned char c2 = s[i + 2];
    if (c2 >= 0x90 && c2 <= 0x95) return {CharClass::kPunct, 3, '-'};   // hyphens and dashes
    if (c2 == 0x98 || c2 == 0x99) return {CharClass::kPunct, 3, '\''};  // curly apostrophes
    if (c2 >= 0x80 && c2 <= 0x8A) return {CharClass::kSpace, 3};        // typographic spaces
  }
  if (c == 0xE2) return {CharClass::kPunct, n};  // general punctuation, symbols, arrows
  return {CharClass::kLetter, n};                // any other script: letters of words we ignore
}

// Appends the folded form of the letter at s[i..i+n).
void fold_letter(std::string_view s, std::size_t i, std::size_t n, std::string& out) {
  unsigned char c = s[i];
  if (n == 1) {
    out += static_cast<char>(c | 0x20);
  } else if (c == 0xC3) {
    out += kLatin1Fold[(static_cast<unsigned char>(s[i + 1]) - 0x80) & 0x1F];
  } else if (c == 0xC2) {
    out += static_cast<unsigned char>(s[i + 1]) == 0xAA ? 'a' : 'o';
  } else if (c == 0xC5 && (s[i + 1] == '\x92' || s[i + 1] == '\x93')) {
    out += "oe";
  } else {
    out.append(s.substr(i, n));
  }
}

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
      while (i < s.size() && is_digit(s[i])) t.folded += s[i++];
    } else {
      t.kind = TokenKind::kWord;
      t.capitalized = starts_upper(s, i);
      while (i < s.size()) {
        if (is_ascii_letter(s[i])) {  // fast path: most letters of most words
          t.folded += static_cast<char>(s[i++] | 0x20);
          continue;
        }
        Char c = classify(s, i);
        if (c.cls != CharClass::kLetter) break;
        fold_letter(s, i, c.length, t.folded);
        i += c.length;
      }
      // No temporal word is that long; keeping it empty spares the lookups.
      if (t.folded.size() > kMaxWordLength) t.folded.clear();
    }
    t.end = static_cast<uint32_t>(i);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace annals::tagging
