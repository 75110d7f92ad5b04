#include "time/mention_prefilter.h"

#include <array>

#include "time/characters.h"

namespace annals::tagging {

namespace {

// Senses without which no recognizer emits a mention (numbers aside).
bool names_dates(Sense s) {
  return s == Sense::kMonth || s == Sense::kWeekday || s == Sense::kDayOffset || s == Sense::kUnit ||
         s == Sense::kDecadeWord || s == Sense::kHoliday;
}

}  // namespace

MentionPrefilter::MentionPrefilter(const Lexicon& lexicon) {
  auto add_word = [&](std::string_view word) {
    std::uint64_t hash = 0;
    for (char c : word) hash = add_byte(hash, c);
    words_.set(slot(hash));
  };
  auto is_date_word = [&](std::string_view word) {
    const Meaning* m = lexicon.find(word);
    return m && names_dates(m->sense);
  };
  for (const auto& [text, meaning] : lexicon.words) {
    if (!names_dates(meaning.sense)) continue;
    if (text.find(' ') == std::string_view::npos) {
      add_word(text);
      continue;
    }
    // A phrase is in the sentence only if all its words are, so one of them
    // is enough: a date word when it has one ("the next day"), else the last
    // and rarest ("this morning", "la veille") rather than "the" or "ce".
    std::string_view chosen;
    for (std::size_t start = 0; start < text.size();) {
      std::size_t end = text.find(' ', start);
      if (end == std::string_view::npos) end = text.size();
      chosen = text.substr(start, end - start);
      if (is_date_word(chosen)) break;
      start = end + 1;
    }
    add_word(chosen);
  }
}

bool MentionPrefilter::may_mention(std::string_view s) const {
  // What the loop needs to know of an ASCII byte, in one look-up: its folded
  // letter, or that it is a digit, or neither.
  static constexpr auto kAscii = [] {
    std::array<char, 256> table{};
    for (int c = 0; c < 128; ++c)
      table[c] = is_ascii_letter(c) ? static_cast<char>(c | 0x20) : is_digit(c) ? '0' : '\0';
    return table;
  }();
  const std::size_t size = s.size();
  std::size_t i = 0;
  while (i < size) {
    unsigned char c = s[i];
    char folded = kAscii[c];
    std::uint64_t hash = 0;
    if (folded > '0') {
      // Fast path: the ASCII letters a word starts with, hashed as they fold.
      do {
        hash = add_byte(hash, folded);
        c = ++i < size ? s[i] : ' ';
        folded = kAscii[c];
      } while (folded > '0');
      if (c < 0x80) {
        if (words_.test(slot(hash))) return true;
        continue;
      }
    } else if (folded == '0') {
      return true;
    } else if (c < 0x80) {
      ++i;
      continue;
    } else {
      Char ch = classify(s, i);
      if (ch.cls != CharClass::kLetter) {
        i += ch.length;
        continue;
      }
    }
    // A word with other letters from here on.
    i = fold_word(s, i, [&](const char* bytes, std::size_t n) {
      for (std::size_t k = 0; k < n; ++k) hash = add_byte(hash, bytes[k]);
    });
    if (words_.test(slot(hash))) return true;
  }
  return false;
}

}  // namespace annals::tagging
