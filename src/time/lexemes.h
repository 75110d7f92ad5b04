// Tokens annotated with their temporal sense: the alphabet the date
// recognizers read. Fixed phrases ("il y a", "last night") become one lexeme,
// a number keeps its ordinal or decade suffix ("8th", "1990s", "1er").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "time/lexicon.h"
#include "time/token_scanner.h"

namespace annals::tagging {

enum LexemeFlag : uint8_t {
  kSpaceBefore = 1,   // whitespace or the sentence start before it
  kCapitalized = 2,   // a word starting with a capital
  kOrdinal = 4,       // a number with an ordinal suffix: 8th, 1er, 1º
  kDecadeSuffix = 8,  // a number with a plural suffix: 1990s, 90's
  kHolidayCueWord = 16,    // one of the lexicon's holiday_cues
  kHolidayQualifier = 32,  // one of the lexicon's holiday_qualifiers
};

struct Lexeme {
  uint32_t begin = 0;  // byte span in the sentence
  uint32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  Sense sense = Sense::kNone;  // words only
  int8_t value = 0;            // the sense's value
  uint8_t meaning_flags = 0;   // MeaningFlag bits of the word
  uint8_t flags = 0;           // LexemeFlag bits
  char punct = '\0';           // punctuation only
  uint8_t digits = 0;          // numbers only: how many digits (capped at 255)
  int number = -1;             // numbers only: their value, -1 when above 9 digits
  Tense tense = Tense::kNone;  // the tense this word suggests

  bool is(Sense s) const { return kind == TokenKind::kWord && sense == s; }
  bool is_punct(char c) const { return kind == TokenKind::kPunct && punct == c; }
  bool is_number() const { return kind == TokenKind::kNumber; }
  bool space_before() const { return flags & kSpaceBefore; }
};

std::vector<Lexeme> to_lexemes(std::string_view sentence, const std::vector<Token>& tokens,
                               const Lexicon& lexicon);

}  // namespace annals::tagging
