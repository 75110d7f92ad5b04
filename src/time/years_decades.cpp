// Bare years ("in 2011") and decades ("the 1990s", "los años 90", "gli anni Novanta").
#include "time/recognizer.h"

namespace annals::tagging {

namespace {

// "the 90s": the latest decade with those digits that starts before publication.
int decade_start(int two_digits, Date published) {
  int year = published.year() / 100 * 100 + two_digits;
  return year > published.year() ? year - 100 : year;
}

bool emit_decade(const Lexeme& first, const Lexeme& last, int start_year, std::size_t next, Found& f) {
  f.add(first, last, {start_year, 0, 0, Granularity::kDecade});
  f.next = next;
  return true;
}

// A decade number after "años"/"années"/"anni": "90", "1990", "'90", "noventa".
bool decade_after_years_word(const Scan& s, std::size_t i, Found& f) {
  std::size_t k = i + 1;
  if (s.is_punct(k, '\'')) ++k;
  const Lexeme* n = s.at(k);
  if (!n) return false;
  if (n->is(Sense::kDecadeWord)) return emit_decade(s.x[i], *n, decade_start(n->value * 10, s.published), k + 1, f);
  if (!n->is_number() || n->number % 10 != 0 || n->number < 0) return false;
  if (n->digits == 2) return emit_decade(s.x[i], *n, decade_start(n->number, s.published), k + 1, f);
  if (n->digits == 4 && n->number >= 1000) return emit_decade(s.x[i], *n, n->number, k + 1, f);
  return false;
}

}  // namespace

bool match_decade(const Scan& s, std::size_t i, Found& f) {
  const Lexeme& x = s.x[i];
  if (x.is_number() && (x.flags & kDecadeSuffix) && x.number >= 0 && x.number % 10 == 0) {
    if (x.digits == 4 && x.number >= 1000) return emit_decade(x, x, x.number, i + 1, f);
    if (x.digits == 2) return emit_decade(x, x, decade_start(x.number, s.published), i + 1, f);
    return false;
  }
  if (x.is(Sense::kUnit) && x.value == kUnitYear && (x.meaning_flags & kPlural))
    return decade_after_years_word(s, i, f);
  // "los noventa"
  if (x.is(Sense::kArticle) && s.is(i + 1, Sense::kDecadeWord))
    return emit_decade(s.x[i + 1], s.x[i + 1], decade_start(s.x[i + 1].value * 10, s.published), i + 2, f);
  return false;
}

// A four-digit number is a year when a preposition or modifier introduces it
// ("in 2011", "desde 2009"), or when no lower-case word follows it: "2000
// people" counts people, while "2011 was" and "(2011)" name years.
bool match_year(const Scan& s, std::size_t i, Found& f) {
  if (!is_year_number(s, i)) return false;
  int year = s.x[i].number;
  bool cue = i > 0 && (s.x[i - 1].meaning_flags & kTimeCue);
  const Lexeme* next = s.at(i + 1);
  bool word_follows = next && next->kind == TokenKind::kWord && !(next->flags & kCapitalized) &&
                      !next->is(Sense::kRangeTo) && next->tense == Tense::kNone;
  bool modern = year >= 1900 && year <= 2099;
  if (!((modern && (cue || !word_follows)) || (cue && !word_follows))) return false;
  f.add(s.x[i], s.x[i], {year, 0, 0, Granularity::kYear});
  f.next = i + 1;
  return true;
}

}  // namespace annals::tagging
