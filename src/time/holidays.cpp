#include "time/holidays.h"

#include <algorithm>

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

// Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).
Date easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return *Date::from_ymd(year, month, day);
}

Date fourth_thursday_of_november(int year) {
  const Date first = *Date::from_ymd(year, 11, 1);
  constexpr int kThursday = 3;  // Date::weekday(): Monday is 0
  return first + ((kThursday - static_cast<int>(first.weekday()) + 7) % 7 + 21);
}

// A bare name that is also a word or a name ("Christmas", "Noël", "Pascua")
// is a day only where a date would stand: after a time cue or modifier ("by
// Christmas", "à Noël", "last Easter", "antes de Navidad"), never before a
// capitalised word ("Christmas Island", "Noël Mamère").
bool bare_name_is_a_day(const Scan& s, std::size_t i) {
  const Lexeme* next = s.at(i + 1);
  if (next && next->kind == TokenKind::kWord && (next->flags & kCapitalized)) return false;
  if (i == 0) return false;
  std::size_t before = i - 1;  // skipping "la" and "de": "antes de la Navidad", "prima di Natale"
  if (s.is(before, Sense::kArticle) && before > 0) --before;
  if (s.is(before, Sense::kOf) && before > 0) --before;
  const Lexeme& cue = s.x[before];
  return cue.kind == TokenKind::kWord &&
         ((cue.meaning_flags & kTimeCue) || cue.is(Sense::kHolidayCue) || cue.is(Sense::kPast) ||
          cue.is(Sense::kNext) || cue.is(Sense::kThis));
}

}  // namespace

Date holiday_in_year(Holiday holiday, int year) {
  if (holiday < kGoodFriday) return *Date::from_ymd(year, kFixedDays[holiday].month, kFixedDays[holiday].day);
  if (holiday == kThanksgivingUs) return fourth_thursday_of_november(year);
  if (holiday == kGoodFriday) return easter_sunday(year) - 2;
  return easter_sunday(year) + (holiday == kEasterMonday ? 1 : 0);
}

// "Christmas Day", "Christmas 2010", "last Easter", "Noël dernier", "la Navidad de 2010".
bool match_holiday(const Scan& s, std::size_t i, Found& f) {
  std::size_t first = i, name = i;
  Direction direction = Direction::kNearest;
  if ((s.is(i, Sense::kPast) || s.is(i, Sense::kNext)) && s.is(i + 1, Sense::kHoliday)) {
    direction = s.is(i, Sense::kPast) ? Direction::kStrictPast : Direction::kStrictFuture;
    name = i + 1;
  }
  if (!s.is(name, Sense::kHoliday)) return false;
  const auto holiday = static_cast<Holiday>(s.x[name].value);
  std::size_t last = name, year = name + 1;
  if (s.is_punct(year, ',') || s.is(year, Sense::kOf)) ++year;
  if (is_year_number(s, year)) {
    last = year;
    f.add(s.x[first], s.x[last], CalendarValue::of(holiday_in_year(holiday, s.x[year].number)));
    f.next = last + 1;
    return true;
  }
  if (name == i && (s.x[name].meaning_flags & kNeedsContext) && !bare_name_is_a_day(s, name)) return false;
  if (direction == Direction::kNearest && s.is(name + 1, Sense::kPast)) direction = Direction::kStrictPast, ++last;
  else if (direction == Direction::kNearest && s.is(name + 1, Sense::kNext)) direction = Direction::kStrictFuture, ++last;
  auto in_year = [holiday](int y) -> std::optional<Date> { return holiday_in_year(holiday, y); };
  const std::optional<Date> day = direction == Direction::kNearest
                                      ? resolve_yearly(in_year, s.published, s.tense.at(name))
                                      : resolve_yearly(in_year, s.published, direction);
  if (!day) return false;
  f.add(s.x[first], s.x[last], CalendarValue::of(*day));
  f.next = last + 1;
  return true;
}

}  // namespace annals::tagging
