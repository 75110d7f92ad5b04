// Dates relative to the publication day (or to the last date of the sentence
// for anaphoric words): "yesterday", "two days ago", "hace un año", "last
// month", "l'an dernier", "on Friday", "jeudi dernier", "giovedì scorso".
#include "time/recognizer.h"

namespace annals::tagging {

namespace {

// The day anaphoric expressions count from; none when the sentence has no
// earlier date, since the previous sentence's date is not known here.
std::optional<Date> base_day(const Scan& s, bool anaphoric) {
  return anaphoric ? s.anchor : std::optional<Date>(s.published);
}

// A recognized expression that names no day, month or year (a week, or an
// anaphoric one without anchor): consumed so that its words are not misread.
bool consume(std::size_t next, Found& f) {
  f.next = next;
  return true;
}

// `base` moved by n units, in the granularity of the unit ("a week ago" is a day).
void emit_offset(const Lexeme& first, const Lexeme& last, Date base, int unit, int n, Found& f) {
  switch (unit) {
    case kUnitDay: f.add(first, last, CalendarValue::of(base + n)); break;
    case kUnitMonth: f.add(first, last, shift_months(base, n)); break;
    case kUnitYear: f.add(first, last, {base.year() + n, 0, 0, Granularity::kYear}); break;
    case kUnitWeek: f.add(first, last, CalendarValue::of(base + 7 * n)); break;
  }
}

// "two", "a", "3" (small numbers only: "2011 days" is not an amount of this kind).
bool amount_at(const Scan& s, std::size_t i, int& n) {
  const Lexeme* x = s.at(i);
  if (!x) return false;
  if (x->is(Sense::kCount)) return n = x->value, true;
  if (x->is_number() && x->digits <= 3 && !(x->flags & (kOrdinal | kDecadeSuffix))) return n = x->number, true;
  return false;
}

int modifier_step(const Lexeme& x) {
  return x.is(Sense::kPast) ? -1 : x.is(Sense::kNext) ? 1 : 0;
}

bool is_modifier(const Lexeme* x) {
  return x && (x->is(Sense::kPast) || x->is(Sense::kNext) || x->is(Sense::kThis));
}

// "last month", "this year", "el año pasado", "le mois prochain", "quest'anno".
bool match_modified_unit(const Scan& s, std::size_t i, Found& f) {
  const Lexeme& x = s.x[i];
  std::size_t unit, last;
  int step;
  if (is_modifier(&x) && s.is(i + 1, Sense::kUnit)) {
    unit = last = i + 1;
    step = modifier_step(x);
    if (s.is(i + 2, Sense::kNext) || s.is(i + 2, Sense::kPast)) return false;  // "this year's last"
  } else if (x.is(Sense::kUnit) && (s.is(i + 1, Sense::kPast) || s.is(i + 1, Sense::kNext))) {
    unit = i;
    last = i + 1;
    step = modifier_step(s.x[i + 1]);
  } else {
    return false;
  }
  int u = s.x[unit].value;
  if (u == kUnitDay) return false;  // "the next day" is a phrase of its own
  if (u == kUnitWeek) return consume(last + 1, f);  // "last week" is no day, and the output has no weeks
  emit_offset(x, s.x[last], s.published, u, step, f);
  f.next = last + 1;
  return true;
}

// "two days ago", "a week earlier", "tres años después", "hace dos días", "il y a un an".
bool match_counted_unit(const Scan& s, std::size_t i, Found& f) {
  int n = 0;
  bool before = s.x[i].is(Sense::kAgoBefore);
  std::size_t a = before ? i + 1 : i;
  if (!amount_at(s, a, n) || !s.is(a + 1, Sense::kUnit)) return false;
  std::size_t last = a + 1;
  int sign = -1;
  bool anaphoric = false;
  if (!before) {
    const Lexeme* w = s.at(a + 2);
    if (!w || !(w->is(Sense::kAgoAfter) || w->is(Sense::kLater) || w->is(Sense::kEarlier))) return false;
    anaphoric = !w->is(Sense::kAgoAfter);
    sign = w->is(Sense::kLater) ? 1 : -1;
    last = a + 2;
    // "un día después de la manifestación", "cinq jours après leur entrée":
    // counted from an event, not from a date.
    const Lexeme* object = s.at(last + 1);
    if (anaphoric && object && (object->is(Sense::kOf) || object->is(Sense::kArticle)) &&
        (w->meaning_flags & kTimeCue))
      return consume(last + 1, f);
  }
  std::optional<Date> base = base_day(s, anaphoric);
  if (!base) return consume(last + 1, f);
  emit_offset(s.x[i], s.x[last], *base, s.x[a + 1].value, sign * n, f);
  f.next = last + 1;
  return true;
}

// How many days before its publication an article may have been written.
constexpr int kWrittenBeforeDays = 3;

// "hoy (25)", "ayer (24)": Spanish papers give the day of the month in
// brackets after the word, which then names that day when the article came
// out a day or two after it was written. Only a day up to kWrittenBeforeDays
// before the one the word gives counts ("ayer (12) y hoy (7)" counts the
// wounded). Lexeme i is the "(".
std::optional<Date> bracketed_day(const Scan& s, std::size_t i, Date word_day) {
  if (!s.is_punct(i, '(') || !is_day_number(s, i + 1) || !s.is_punct(i + 2, ')')) return std::nullopt;
  for (int back = 0; back <= kWrittenBeforeDays; ++back)
    if (const Date day = word_day - back; int(day.day()) == s.x[i + 1].number) return day;
  return std::nullopt;
}

}  // namespace

bool match_day_offset(const Scan& s, std::size_t i, Found& f) {
  const Lexeme& x = s.x[i];
  if (!x.is(Sense::kDayOffset)) return false;
  std::size_t last = i;
  if (s.is(last + 1, Sense::kWeekday)) ++last;    // "hoy sábado": the weekday names the same day
  if (s.is(last + 1, Sense::kPartOfDay)) ++last;  // "yesterday morning", "hier soir"
  std::optional<Date> base = base_day(s, x.meaning_flags & kAnaphoric);
  if (!base) return consume(last + 1, f);
  Date day = *base + x.value;
  if (const auto given = bracketed_day(s, last + 1, day)) {
    day = *given;
    last += 3;
  }
  f.add(x, s.x[last], CalendarValue::of(day));
  f.next = last + 1;
  return true;
}

bool match_unit_offset(const Scan& s, std::size_t i, Found& f) {
  return match_modified_unit(s, i, f) || match_counted_unit(s, i, f);
}

// "Friday", "on Friday night", "last Friday", "el pasado jueves", "jeudi dernier".
// A bare weekday is the last one when the sentence speaks of the past (the
// default) and the coming one when it speaks of the future.
bool match_weekday(const Scan& s, std::size_t i, Found& f) {
  std::size_t j = is_modifier(&s.x[i]) ? i + 1 : i;
  if (!s.is(j, Sense::kWeekday)) return false;
  int step = modifier_step(s.x[i]);
  // In languages writing weekdays in lower case, a capital in mid-sentence is
  // a name ("Plácido Domingo"), unless a comma sets it apart ("... Vendredi, après").
  if (j == i && !s.lexicon.capitalized_names && (s.x[j].flags & kCapitalized) && j > 0 &&
      s.x[j - 1].kind != TokenKind::kPunct && !s.x[j - 1].is(Sense::kArticle) && !s.is_punct(j + 1, ','))
    return false;
  std::size_t last = j;
  if (s.is(last + 1, Sense::kPast) || s.is(last + 1, Sense::kNext)) step = modifier_step(s.x[++last]);
  if (s.is(last + 1, Sense::kPartOfDay)) ++last;
  Direction dir = step < 0 ? Direction::kStrictPast
                  : step > 0 ? Direction::kStrictFuture
                             : s.tense_direction(j);
  f.add(s.x[i], s.x[last], CalendarValue::of(resolve_weekday(s.x[j].value, s.published, dir)));
  f.next = last + 1;
  return true;
}

}  // namespace annals::tagging
