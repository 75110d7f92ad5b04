// Day and month that are part of a name, not a date: "the 6 April Youth
// Movement", "Movimiento Juvenil 6 de Abril", "Place du 14 Juillet",
// "Piazza 25 Aprile". Read as dates, one movement or square would put
// every article naming it on April 6 or July 14. A revolution or uprising
// named after its day (lexicon sense kEventName) began on it: that day stays
// a date.

#include "time/recognizer.h"

namespace annals::tagging {

namespace {

// A capitalized word with no temporal meaning: "Youth", "Juvenil", "Place".
bool name_word(const Lexeme* x) {
  return x && x->kind == TokenKind::kWord && (x->flags & kCapitalized) &&
         (x->sense == Sense::kNone || x->sense == Sense::kNameHead) && x->meaning_flags == 0;
}

// Languages that write months in lower case: a capitalized month after a name
// word, possibly joined by "du", "de", "del" or "di". An article between them
// belongs to a date: "reunido con Chávez el 6 de Abril".
bool lower_case_month_name(const Scan& s, std::size_t date, std::size_t month) {
  if (!(s.x[month].flags & kCapitalized)) return false;
  std::size_t k = date;
  while (k > 0 && s.x[k - 1].is(Sense::kOf)) --k;
  return k > 0 && name_word(&s.x[k - 1]);
}

// English, whose months always have a capital: "the" before the date and,
// among the next three capitalized words, one that heads a name. "The April
// 20 Deepwater Horizon explosion" stays a date.
bool english_name(const Scan& s, std::size_t date, std::size_t end) {
  if (date == 0 || !s.x[date - 1].is(Sense::kArticle)) return false;
  for (std::size_t k = end + 1; k <= end + 3 && name_word(s.at(k)); ++k)
    if (s.x[k].is(Sense::kNameHead)) return true;
  return false;
}

}  // namespace

bool day_month_in_name(const Scan& s, std::size_t date, std::size_t month, std::size_t end) {
  return s.lexicon.capitalized_names ? english_name(s, date, end) : lower_case_month_name(s, date, month);
}

}  // namespace annals::tagging
