#include "time/lexemes.h"


namespace annals::tagging {

namespace {

constexpr std::size_t kMaxPhraseWords = 4;

// Inside a phrase, words are joined by spaces or by a glued apostrophe or
// hyphen ("aujourd'hui", "avant-hier"). Returns the index of the next word, or 0.
std::size_t next_phrase_word(const std::vector<Token>& t, std::size_t i) {
  std::size_t j = i + 1;
  if (j < t.size() && t[j].kind == TokenKind::kPunct && !t[j].space_before &&
      (t[j].punct == '\'' || t[j].punct == '-'))
    ++j;
  if (j < t.size() && t[j].kind == TokenKind::kWord) return j;
  return 0;
}

// The longest phrase of the lexicon starting at word i: its meaning and last token.
const Meaning* match_phrase(const std::vector<Token>& t, std::size_t i, const Lexicon& lex,
                            std::size_t& last) {
  if (!lex.starts_phrase(t[i].folded())) return nullptr;
  char buffer[kMaxPhraseWords * (Token::kMaxFolded + 1)];
  std::size_t length = t[i].folded().copy(buffer, Token::kMaxFolded);
  const Meaning* best = nullptr;
  std::size_t j = i;
  for (std::size_t words = 1; words < kMaxPhraseWords; ++words) {
    j = next_phrase_word(t, j);
    if (j == 0 || t[j].folded().empty()) break;
    buffer[length++] = ' ';
    length += t[j].folded().copy(buffer + length, Token::kMaxFolded);
    if (const Meaning* m = lex.find(std::string_view(buffer, length))) {
      best = m;
      last = j;
    }
  }
  return best;
}

bool is_ordinal_suffix(std::string_view s) {
  return s == "st" || s == "nd" || s == "rd" || s == "th" || s == "er" || s == "re" || s == "o" ||
         s == "a" || s == "eme" || s == "ero" || s == "ro";
}

// Attaches "th", "er", "º", "s" or "'s" glued to the number at t[i]; returns the last token used.
std::size_t number_suffix(const std::vector<Token>& t, std::size_t i, Lexeme& x) {
  std::size_t j = i + 1;
  if (j < t.size() && t[j].kind == TokenKind::kWord && !t[j].space_before) {
    if (is_ordinal_suffix(t[j].folded())) x.flags |= kOrdinal;
    if (t[j].folded() == "s") x.flags |= kDecadeSuffix;
    return (x.flags & (kOrdinal | kDecadeSuffix)) ? j : i;
  }
  if (j + 1 < t.size() && t[j].punct == '\'' && t[j].kind == TokenKind::kPunct &&
      !t[j].space_before && !t[j + 1].space_before && t[j + 1].folded() == "s") {
    x.flags |= kDecadeSuffix;
    return j + 1;
  }
  return i;
}

void read_number(std::string_view sentence, const Token& tok, Lexeme& x) {
  std::string_view digits = sentence.substr(tok.begin, tok.end - tok.begin);
  x.digits = static_cast<uint8_t>(digits.size() > 255 ? 255 : digits.size());
  if (digits.size() > 9) return;
  x.number = 0;
  for (char c : digits) x.number = x.number * 10 + (c - '0');
}

void read_word(std::string_view sentence, const Token& tok, const Meaning* m, const Lexicon& lex,
               const Lexeme* previous, Lexeme& x) {
  if (tok.capitalized) x.flags |= kCapitalized;
  if (lex.holiday_cues.contains(tok.folded())) x.flags |= kHolidayCueWord;
  if (lex.holiday_qualifiers.contains(tok.folded())) x.flags |= kHolidayQualifier;
  if (m) {
    x.sense = m->sense;
    x.value = m->value;
    x.meaning_flags = m->flags;
  }
  // English writes months with a capital: lower-case "may" and "march" are verbs.
  if (x.sense == Sense::kMonth && lex.capitalized_names && !tok.capitalized) x.sense = Sense::kNone;
  if (x.meaning_flags & kFutureCue)
    x.tense = Tense::kFuture;
  else if (x.meaning_flags & kPastCue)
    x.tense = Tense::kPast;
  else if (x.sense == Sense::kNone && lex.verb_tense)
    x.tense = lex.verb_tense(sentence.substr(tok.begin, tok.end - tok.begin));
  // A participle after an auxiliary ("will be held", "has announced") takes its tense from the auxiliary.
  if (x.tense == Tense::kPast && !(x.meaning_flags & kAuxiliary) && previous &&
      (previous->meaning_flags & kAuxiliary))
    x.tense = Tense::kNone;
}

// An elision apostrophe glued between a word and the next word or number
// ("quest'anno", "l'11 febbraio", "l'an"): the recognizers read past it.
bool is_elision(const std::vector<Token>& t, std::size_t i) {
  return t[i].kind == TokenKind::kPunct && t[i].punct == '\'' && !t[i].space_before && i > 0 &&
         t[i - 1].kind == TokenKind::kWord && i + 1 < t.size() && !t[i + 1].space_before &&
         t[i + 1].kind != TokenKind::kPunct;
}

}  // namespace

std::vector<Lexeme> to_lexemes(std::string_view sentence, const std::vector<Token>& t,
                               const Lexicon& lex) {
  std::vector<Lexeme> out;
  out.reserve(t.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (is_elision(t, i)) continue;
    Lexeme x;
    x.begin = t[i].begin;
    x.kind = t[i].kind;
    // After an elision the word stands on its own: "l'11" is the number 11, not glued like "A380".
    if (t[i].space_before || (i > 0 && is_elision(t, i - 1))) x.flags |= kSpaceBefore;
    std::size_t last = i;
    if (x.kind == TokenKind::kNumber) {
      read_number(sentence, t[i], x);
      last = number_suffix(t, i, x);
    } else if (x.kind == TokenKind::kPunct) {
      x.punct = t[i].punct;
    } else {
      const Meaning* m = match_phrase(t, i, lex, last);
      if (!m) m = lex.find(t[i].folded());
      read_word(sentence, t[i], m, lex, out.empty() ? nullptr : &out.back(), x);
    }
    x.end = t[last].end;
    i = last;
    out.push_back(x);
  }
  return out;
}

}  // namespace annals::tagging
