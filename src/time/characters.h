// Characters as the temporal tagger sees them: spaces, digits, letters and
// punctuation of UTF-8 text, and the folded (lower-case, unaccented) form of
// letters. Shared by the token scanner and the mention prefilter, which must
// agree on where words start and how they fold.
#pragma once

#include <cstddef>
#include <string_view>

namespace annals::tagging {

constexpr bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Length of the well-formed UTF-8 sequence at s[i], or 1 for a stray byte.
inline std::size_t utf8_length(std::string_view s, std::size_t i) {
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

inline Char classify(std::string_view s, std::size_t i) {
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

// Reads the word whose first letter is at s[i], passing the folded form of
// each letter to `append(const char* bytes, std::size_t n)`; returns the end
// of the word. Folding lower-cases and removes Latin accents, so that
// "Décembre", "decembre" and "DÉCEMBRE" look alike.
template <typename Append>
std::size_t fold_word(std::string_view s, std::size_t i, Append&& append) {
  // Base letters of U+00C0..U+00FF (upper case half; the lower case half mirrors it).
  // '*' marks the two symbols of that block (multiplication and division signs).
  constexpr std::string_view kLatin1Fold = "aaaaaaaceeeeiiiidnooooo*ouuuuyts";
  while (i < s.size()) {
    unsigned char c = s[i];
    if (is_ascii_letter(c)) {  // fast path: most letters of most words
      char lower = static_cast<char>(c | 0x20);
      append(&lower, 1);
      ++i;
      continue;
    }
    Char ch = classify(s, i);
    if (ch.cls != CharClass::kLetter) break;
    if (c == 0xC3) {
      append(&kLatin1Fold[(static_cast<unsigned char>(s[i + 1]) - 0x80) & 0x1F], 1);
    } else if (c == 0xC2) {
      append(static_cast<unsigned char>(s[i + 1]) == 0xAA ? "a" : "o", 1);
    } else if (c == 0xC5 && (s[i + 1] == '\x92' || s[i + 1] == '\x93')) {
      append("oe", 2);
    } else {
      append(s.data() + i, ch.length);
    }
    i += ch.length;
  }
  return i;
}

}  // namespace annals::tagging
