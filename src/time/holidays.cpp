#include "time/holidays.h"

#include "time/recognizer.h"

namespace annals::tagging {

namespace {

struct FixedDay {
  int8_t month, day;
};

// Indexed by Holiday, up to the movable ones.
constexpr FixedDay kFixedDays[] = {{1, 1},  {1, 6},   {2, 14},  {7, 4},   {7, 14},  {8, 15},
                                   {10, 31}, {11, 1}, {12, 24}, {12, 25}, {12, 26}, {12, 31}};
static_assert(std::size(kFixedDays) == kGoodFriday);

constexpr int kFirstGregorianYear = 1583;

// Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).
std::optional<Date> easter_sunday(int year) {
  if (year < kFirstGregorianYear) return std::nullopt;
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  return Date::from_ymd(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
}

std::optional<Date> fourth_thursday_of_november(int year) {
  const std::optional<Date> first = Date::from_ymd(year, 11, 1);
  if (!first) return std::nullopt;
  constexpr int kThursday = 3;  // Date::weekday(): Monday is 0
  return *first + ((kThursday - static_cast<int>(first->weekday()) + 7) % 7 + 21);
}

bool is_word(const Lexeme* x) { return x && x->kind == TokenKind::kWord; }

// Capitalised in mid-sentence: part of a title or a name ("The Nightmare
// Before Christmas", "released Last Christmas").
bool titled(const Scan& s, std::size_t i) { return i > 0 && (s.x[i].flags & kCapitalized); }

// A time cue, holiday cue or modifier before the name, past an article and
// "de" ("by Christmas", "à Noël", "last Easter", "antes de la Navidad").
// An article alone is none: "The Christmas market", "Il Natale".
bool cued(const Scan& s, std::size_t name) {
  std::size_t at = name;
  if (at > 0 && s.is(at - 1, Sense::kArticle)) --at;
  if (at > 0 && s.is(at - 1, Sense::kOf)) --at;
  if (at == 0) return false;
  const Lexeme& cue = s.x[at - 1];
  if (cue.kind != TokenKind::kWord || cue.is(Sense::kArticle) || titled(s, at - 1)) return false;
  return (cue.meaning_flags & kTimeCue) || (cue.flags & kHolidayCueWord) || cue.is(Sense::kPast) ||
         cue.is(Sense::kNext) || cue.is(Sense::kThis);
}

// The word after the name makes it part of something else: a name
// ("Christmas Island", "the Good Friday Agreement", "Noël Mamère"), another
// feast ("Pascua judía") or, in English, a modifier of the noun after it
// ("Christmas presents", "the Boxing Day tsunami"), which a word the lexicon
// knows ("the", "will", "last") never is.
bool names_something_else(const Scan& s, std::size_t next) {
  const Lexeme* x = s.at(next);
  if (!is_word(x)) return false;
  if (x->flags & (kCapitalized | kHolidayQualifier)) return true;
  const bool noun = (x->sense == Sense::kNone && x->meaning_flags == 0 && !(x->flags & kHolidayCueWord)) ||
                    x->is(Sense::kNameHead) || x->is(Sense::kEventName);  // "party", "uprising"
  return s.lexicon.modifiers_before_noun && noun;
}

// "Christmas 2008", "Navidad de 2010", "Pâques, 2011": the year's lexeme, or 0.
// In English a year followed by a noun is a count ("On Christmas Eve 1200 people").
std::size_t holiday_year(const Scan& s, std::size_t name) {
  std::size_t at = name + 1;
  if (s.is_punct(at, ',') || s.is(at, Sense::kOf)) ++at;
  if (!is_year_number(s, at) || names_something_else(s, at + 1)) return 0;
  return at;
}

struct Occurrence {
  std::optional<int> year;                // given, or counted ("last year")
  Direction direction = Direction::kNearest;
  bool follows_tense = true;              // no modifier: the sentence's tense chooses
  std::size_t last = 0;                   // the expression's last lexeme
};

// What follows the name: a year, "last year", or "pasado", "dernier", "scorso".
void read_after(const Scan& s, std::size_t name, Occurrence& o) {
  o.last = name;
  if (std::size_t year = holiday_year(s, name)) {
    o.year = s.x[year].number, o.last = year;
    return;
  }
  const bool past = s.is(name + 1, Sense::kPast), next = s.is(name + 1, Sense::kNext);
  if (!past && !next) return;
  if (s.is(name + 2, Sense::kUnit) && s.x[name + 2].value == kUnitYear) {  // "Christmas last year"
    o.year = s.published.year() + (past ? -1 : 1), o.last = name + 2;
    return;
  }
  if (s.is(name + 2, Sense::kUnit)) return;  // "Easter last week": the unit is its own expression
  o.direction = past ? Direction::kStrictPast : Direction::kStrictFuture;
  o.follows_tense = false, o.last = name + 1;
}

}  // namespace

std::optional<Date> holiday_in_year(Holiday holiday, int year) {
  if (holiday < kGoodFriday) return Date::from_ymd(year, kFixedDays[holiday].month, kFixedDays[holiday].day);
  if (holiday == kThanksgivingUs) return fourth_thursday_of_november(year);
  const std::optional<Date> easter = easter_sunday(year);
  if (!easter) return std::nullopt;
  return *easter + (holiday == kGoodFriday ? -2 : holiday == kEasterMonday ? 1 : 0);
}

// "Christmas Day", "Christmas 2010", "last Easter", "Noël dernier",
// "Christmas last year", "la Navidad de 2010". A bare name that is also a
// word or a name (kNeedsContext: "Christmas", "Noël", "Pascua") is a day
// only where a date would stand: after a cue or with a modifier or year.
bool match_holiday(const Scan& s, std::size_t i, Found& f) {
  std::size_t name = i;
  Occurrence o;
  const bool modified = s.is(i, Sense::kPast) || s.is(i, Sense::kNext) || s.is(i, Sense::kThis);
  if (modified) {
    if (!s.is(i + 1, Sense::kHoliday) || titled(s, i)) return false;
    name = i + 1;
    if (!s.is(i, Sense::kThis)) {
      o.direction = s.is(i, Sense::kPast) ? Direction::kStrictPast : Direction::kStrictFuture;
      o.follows_tense = false;
    }
  }
  if (!s.is(name, Sense::kHoliday)) return false;
  if (o.follows_tense) read_after(s, name, o);
  else o.last = name;
  // A modifier or a year makes it a date whatever follows; a cue before a
  // bare name does not ("on Christmas presents").
  if (!modified && !o.year && o.follows_tense) {
    const bool bare = s.x[name].meaning_flags & kNeedsContext, cue = cued(s, name);
    if (bare && !cue) return false;
    if (names_something_else(s, o.last + 1) && (bare || !cue)) return false;
  }
  const auto holiday = static_cast<Holiday>(s.x[name].value);
  auto in_year = [holiday](int year) { return holiday_in_year(holiday, year); };
  const std::optional<Date> day = o.year               ? in_year(*o.year)
                                  : o.follows_tense     ? resolve_yearly(in_year, s.published, s.tense.at(name))
                                                        : resolve_yearly(in_year, s.published, o.direction);
  if (!day) return false;
  f.add(s.x[i], s.x[o.last], CalendarValue::of(*day));
  f.next = o.last + 1;
  return true;
}

}  // namespace annals::tagging
