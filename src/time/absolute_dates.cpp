// Calendar dates written out: "2017-06-08", "8/6/2017", "June 8, 2017",
// "8th of June", "el 3 de marzo de 2011", "le 1er mars", "March 2011", "in March".

#include "time/recognizer.h"

namespace annals::tagging {

namespace {

bool glued(const Lexeme& x) { return !x.space_before(); }

// Two-digit years: the century that puts them at most 20 years after publication.
int full_year(const Lexeme& y, Date published) {
  if (y.digits == 4) return y.number;
  int year = published.year() / 100 * 100 + y.number;
  return year > published.year() + 20 ? year - 100 : year;
}

// The lexemes a, sep, b, sep, c... all glued together with the same separator.
bool glued_sequence(const Scan& s, std::size_t i, std::size_t parts, char& sep) {
  sep = s.is_punct(i + 1, '/') ? '/' : s.is_punct(i + 1, '-') ? '-' : s.is_punct(i + 1, '.') ? '.' : 0;
  if (!sep) return false;
  for (std::size_t p = 1; p < parts; ++p) {
    const Lexeme* a = s.at(i + 2 * p - 1);
    const Lexeme* b = s.at(i + 2 * p);
    if (!a || !b || !a->is_punct(sep) || !glued(*a) || !b->is_number() || !glued(*b) ||
        (b->flags & (kOrdinal | kDecadeSuffix)))
      return false;
  }
  // Not one piece of a longer chain such as a version number "1.2.3.4" or "1/2/3/4".
  const Lexeme* after = s.at(i + 2 * parts - 1);
  if (after && glued(*after) && after->kind == TokenKind::kPunct && s.at(i + 2 * parts) &&
      s.x[i + 2 * parts].is_number() && glued(s.x[i + 2 * parts]))
    return false;
  return i == 0 || !glued(s.x[i]) || !(s.x[i - 1].is_number() || s.x[i - 1].is_punct(sep));
}

bool day_value(const Lexeme& d) { return d.digits <= 2 && d.number >= 1 && d.number <= 31; }
bool month_value(const Lexeme& m) { return m.digits <= 2 && m.number >= 1 && m.number <= 12; }

// "2017-06-08": year first is unambiguous in every language.
bool match_iso(const Scan& s, std::size_t i, Found& f, char sep) {
  const Lexeme &y = s.x[i], &m = s.x[i + 2], &d = s.x[i + 4];
  if (y.digits != 4 || sep == '.' || !month_value(m) || !day_value(d)) return false;
  std::optional<Date> date = Date::from_ymd(y.number, m.number, d.number);
  if (!date) return false;
  f.add(y, d, CalendarValue::of(*date));
  f.next = i + 5;
  return true;
}

// Which of a/b is the day. English uses the US order and takes the only
// possible reading when one number exceeds 12; when both orders are possible
// and differ, the date is ambiguous and left out.
bool day_month_order(const Scan& s, int a, int b, int& day, int& month) {
  if (!s.lexicon.month_before_day) {
    day = a, month = b;
  } else if (a > 12 || (a == b)) {
    day = a, month = b;
  } else if (b > 12) {
    day = b, month = a;
  } else {
    return false;
  }
  return true;
}

}  // namespace

bool match_numeric_date(const Scan& s, std::size_t i, Found& f) {
  const Lexeme& a = s.x[i];
  char sep = 0;
  if (!a.is_number() || (a.flags & (kOrdinal | kDecadeSuffix))) return false;
  if (glued_sequence(s, i, 3, sep)) {
    if (a.digits == 4) return match_iso(s, i, f, sep);
    const Lexeme &b = s.x[i + 2], &c = s.x[i + 4];
    // Dots and dashes are also used for other things: only with a four-digit year.
    if (!(c.digits == 4 || (c.digits == 2 && sep == '/'))) return false;
    int day, month;
    if (!day_month_order(s, a.number, b.number, day, month) || a.digits > 2 || b.digits > 2)
      return false;
    std::optional<Date> date = Date::from_ymd(full_year(c, s.published), month, day);
    if (!date) return false;
    f.add(a, c, CalendarValue::of(*date));
    f.next = i + 5;
    return true;
  }
  // "25/01" without a year, only where the day comes first and the month has two digits
  // (so that fractions and scores like "1/2" or "3/4" stay numbers).
  if (!s.lexicon.month_before_day && glued_sequence(s, i, 2, sep) && sep == '/' &&
      a.digits <= 2 && s.x[i + 2].digits == 2 && month_value(s.x[i + 2]) && day_value(a)) {
    std::optional<Date> date =
        resolve_day_month(s.x[i + 2].number, a.number, s.published, Direction::kNearest);
    if (!date) return false;
    f.add(a, s.x[i + 2], CalendarValue::of(*date));
    f.next = i + 3;
    return true;
  }
  return false;
}

namespace {

enum class Modifier { kNone, kPast, kNext, kThis };

// Words that may come before a named date: articles, "last"/"pasado", a weekday.
struct Prefix {
  std::size_t date = 0;            // lexeme where the date itself starts
  const Lexeme* first = nullptr;   // first lexeme of the mention (articles excluded)
  Modifier modifier = Modifier::kNone;
  bool weekday = false;
};

Prefix read_prefix(const Scan& s, std::size_t i) {
  Prefix p;
  std::size_t j = i;
  for (int step = 0; step < 5 && j < s.x.size(); ++step, ++j) {
    const Lexeme& t = s.x[j];
    if (t.is(Sense::kArticle) || t.is(Sense::kOf)) continue;
    // "since March 15", "depuis le 15 mars": a day the sentence counts from is past.
    if ((t.meaning_flags & kPastCue) && (t.meaning_flags & kTimeCue) && p.modifier == Modifier::kNone) {
      p.modifier = Modifier::kPast;
      continue;
    }
    if (t.is(Sense::kPast) && p.modifier == Modifier::kNone) {
      p.modifier = Modifier::kPast;
    } else if (t.is(Sense::kNext) && p.modifier == Modifier::kNone) {
      p.modifier = Modifier::kNext;
    } else if (t.is(Sense::kThis) && p.modifier == Modifier::kNone) {
      p.modifier = Modifier::kThis;
    } else if (t.is(Sense::kWeekday) && !p.weekday) {
      p.weekday = true;
    } else if (!(t.is_punct(',') && p.weekday)) {
      break;
    }
    if (!p.first) p.first = &t;
  }
  p.date = j;
  return p;
}

// The month lexeme at j and an abbreviation's period: returns the index after them.
std::size_t after_month(const Scan& s, std::size_t j) {
  if ((s.x[j].meaning_flags & kAbbreviation) && s.is_punct(j + 1, '.') && !s.x[j + 1].space_before())
    return j + 2;
  return j + 1;
}

// An optional year after a date: ", 2017", "de 2011", "2017". Returns its index or 0.
std::size_t year_after(const Scan& s, std::size_t k) {
  if (s.is_punct(k, ',')) ++k;
  if (s.is(k, Sense::kOf)) ++k;
  return is_year_number(s, k) ? k : 0;
}

// "el 5 de junio pasado", "le 3 mars dernier": a modifier after a date without year.
Modifier postfix_modifier(const Scan& s, std::size_t& end, Modifier m) {
  if (s.is(end + 1, Sense::kPast)) return ++end, Modifier::kPast;
  if (s.is(end + 1, Sense::kNext)) return ++end, Modifier::kNext;
  return m;
}

std::optional<Date> day_without_year(const Scan& s, int month, std::size_t day, Modifier m) {
  int d = s.x[day].number;
  if (m == Modifier::kPast) return resolve_day_month(month, d, s.published, Direction::kPast);
  if (m == Modifier::kNext) return resolve_day_month(month, d, s.published, Direction::kFuture);
  return resolve_day_month(month, d, s.published, s.tense.at(day));
}

// Emits one day, or the two ends of a range "3-5" that share month and year.
// Without a year, a following "pasado"/"dernier" may still say which year.
bool emit_days(const Scan& s, const Lexeme& first, std::size_t day1, std::size_t day2,
               std::size_t& end, int month, std::size_t year, Modifier m, Found& f) {
  if (!year) m = postfix_modifier(s, end, m);
  const Lexeme& last = s.x[end];
  std::optional<Date> d1 = year ? Date::from_ymd(s.x[year].number, month, s.x[day1].number)
                                : day_without_year(s, month, day1, m);
  if (!d1) return false;
  if (!day2) {
    f.add(first, last, CalendarValue::of(*d1));
    return true;
  }
  std::optional<Date> d2 = Date::from_ymd(d1->year(), month, s.x[day2].number);
  if (!d2) return false;
  f.add(first, s.x[day2 - 2], CalendarValue::of(*d1));
  f.add(s.x[day2], last, CalendarValue::of(*d2));
  return true;
}

// A name is matched without a mention, so that no later position reads its
// month alone as a date.
bool skip_name(std::size_t end, Found& f) {
  f.next = end + 1;
  return true;
}

// "8 June 2017", "8th of June", "3 de marzo de 2011", "du 3 au 5 mars", "1er mai".
bool match_day_first(const Scan& s, const Prefix& p, Found& f) {
  std::size_t j = p.date;
  if (!is_day_number(s, j)) return false;
  std::size_t k = j + 1, day2 = 0;
  if ((s.is(k, Sense::kRangeTo) || s.is_punct(k, '-')) && is_day_number(s, k + 1) &&
      s.x[k + 1].number > s.x[j].number) {
    day2 = k + 1;
    k += 2;
  }
  if (s.is(k, Sense::kOf)) ++k;
  if (!s.is(k, Sense::kMonth)) return false;
  int month = s.x[k].value;
  std::size_t end = after_month(s, k) - 1;
  std::size_t year = year_after(s, end + 1);
  if (year) end = year;
  if (!year && !day2 && day_month_in_name(s, j, k, end)) return skip_name(end, f);
  const Lexeme& first = p.first ? *p.first : s.x[j];
  if (!emit_days(s, first, j, day2, end, month, year, p.modifier, f)) return false;
  f.next = end + 1;
  return true;
}

// "March 3-5", "March 18 and 20": a second day closing a range. Words joining
// two numbers also join counts ("on March 3 and 12 people died"), so after a
// word the range must end the clause.
bool second_day_of_range(const Scan& s, std::size_t k) {
  if (!is_day_number(s, k + 2) || s.x[k + 2].number <= s.x[k].number) return false;
  if (s.is_punct(k + 1, '-')) return true;
  if (!s.is(k + 1, Sense::kRangeTo)) return false;
  const Lexeme* after = s.at(k + 3);
  return !after || after->kind != TokenKind::kWord || (after->flags & kCapitalized);
}

// A month name alone needs support when it is also a common word ("May",
// "March") or, in languages that write months in lower case, when it is
// capitalized in mid-sentence ("Mars" the planet): a preposition or modifier before it ("in
// May", "the end of May", "mid-March"), but not a mere article ("the March on
// Washington").
bool month_alone_allowed(const Scan& s, const Prefix& p, std::size_t j) {
  const Lexeme& m = s.x[j];
  if (m.meaning_flags & kAbbreviation) return false;
  bool doubtful = (m.meaning_flags & kNeedsContext) ||
                  (!s.lexicon.capitalized_names && (m.flags & kCapitalized) && j > 0 &&
                   s.x[j - 1].kind != TokenKind::kPunct);
  if (!doubtful || p.modifier != Modifier::kNone) return true;
  if (j > 0 && s.x[j - 1].is_punct('-') && !m.space_before()) --j;
  if (j == 0) return false;
  const Lexeme& before = s.x[j - 1];
  return ((before.meaning_flags & kTimeCue) && !before.is(Sense::kArticle)) || before.is(Sense::kOf);
}

Direction month_direction(const Scan& s, Modifier m, std::size_t j) {
  if (m == Modifier::kPast) return Direction::kStrictPast;
  if (m == Modifier::kNext) return Direction::kStrictFuture;
  Tense t = s.tense.at(j);
  return t == Tense::kFuture ? Direction::kFuture
         : t == Tense::kPast ? Direction::kPast
                             : Direction::kNearest;
}

// "June 8, 2017", "Jan. 5", "March 3-5", "March 2011", "marzo de 2011", "in March".
bool match_month_first(const Scan& s, const Prefix& p, Found& f) {
  std::size_t j = p.date;
  if (!s.is(j, Sense::kMonth)) return false;
  int month = s.x[j].value;
  std::size_t k = after_month(s, j);
  const Lexeme& first = p.first ? *p.first : s.x[j];
  // Month before day is English, elsewhere only with a year: "febrero 23 de 2011".
  if (is_day_number(s, k) && (s.lexicon.month_before_day || year_after(s, k + 1))) {
    std::size_t end = k, day2 = 0;
    if (second_day_of_range(s, k)) day2 = end = k + 2;
    std::size_t year = year_after(s, end + 1);
    if (year) end = year;
    if (!year && !day2 && day_month_in_name(s, j, j, end)) return skip_name(end, f);
    if (!emit_days(s, first, k, day2, end, month, year, p.modifier, f)) return false;
    f.next = end + 1;
    return true;
  }
  if (p.weekday) return false;  // "Friday, June" is not a date we can place
  if (std::size_t year = year_after(s, k)) {
    f.add(first, s.x[year], {s.x[year].number, month, 0, Granularity::kMonth});
    f.next = year + 1;
    return true;
  }
  if (!month_alone_allowed(s, p, j)) return false;
  Modifier m = p.modifier;
  if (s.is(k, Sense::kPast)) m = Modifier::kPast;
  if (s.is(k, Sense::kNext)) m = Modifier::kNext;
  std::size_t end = (m != p.modifier) ? k : k - 1;
  int year = resolve_month_year(month, s.published, month_direction(s, m, j));
  f.add(first, s.x[end], {year, month, 0, Granularity::kMonth});
  f.next = end + 1;
  return true;
}

}  // namespace

bool match_named_date(const Scan& s, std::size_t i, Found& f) {
  Prefix p = read_prefix(s, i);
  if (p.date >= s.x.size()) return false;
  if (s.x[p.date].is_number()) return match_day_first(s, p, f);
  return match_month_first(s, p, f);
}

}  // namespace annals::tagging
