// What every date recognizer sees and returns. A recognizer looks at the
// lexemes from one position onwards, never more than a few lexemes ahead, and
// either matches (filling a Found) or leaves the position to the next one.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "annals/date.h"
#include "time/date_resolution.h"
#include "time/lexemes.h"
#include "time/lexicon.h"
#include "time/tense.h"

namespace annals::tagging {

struct Scan {
  const std::vector<Lexeme>& x;
  const Lexicon& lexicon;
  Date published;
  const TenseIndex& tense;
  std::optional<Date> anchor;  // the last day found in the sentence, for "the next day"

  const Lexeme* at(std::size_t i) const { return i < x.size() ? &x[i] : nullptr; }
  bool is(std::size_t i, Sense s) const { return i < x.size() && x[i].is(s); }
  bool is_punct(std::size_t i, char c) const { return i < x.size() && x[i].is_punct(c); }
  // Where a bare weekday or month points, from the tense around lexeme i.
  Direction tense_direction(std::size_t i) const {
    return tense.at(i) == Tense::kFuture ? Direction::kFuture : Direction::kPast;
  }
};

// One recognized expression: zero mentions (a time of day, a week), one, or
// two (the ends of a range).
struct Found {
  struct Mention {
    uint32_t begin = 0, end = 0;
    CalendarValue value;
  };
  std::size_t next = 0;  // the first lexeme after the expression
  int count = 0;
  Mention mentions[2];

  void add(const Lexeme& first, const Lexeme& last, CalendarValue v) {
    if (count < 2) mentions[count++] = {first.begin, last.end, v};
  }
};

// Whether any recognizer may match from lexeme x: every expression starts
// with a number, a word with a temporal sense, or a time cue ("since"
// opens "since March 15"). Punctuation and other words are skipped unseen.
inline bool may_start_date(const Lexeme& x) {
  return x.kind == TokenKind::kNumber ||
         (x.kind == TokenKind::kWord && (x.sense != Sense::kNone || (x.meaning_flags & kTimeCue)));
}

// absolute_dates.cpp
bool match_numeric_date(const Scan& s, std::size_t i, Found& f);
bool match_named_date(const Scan& s, std::size_t i, Found& f);
// years_decades.cpp
bool match_decade(const Scan& s, std::size_t i, Found& f);
bool match_year(const Scan& s, std::size_t i, Found& f);
// relative_dates.cpp
bool match_day_offset(const Scan& s, std::size_t i, Found& f);
bool match_unit_offset(const Scan& s, std::size_t i, Found& f);
bool match_weekday(const Scan& s, std::size_t i, Found& f);

// holidays.cpp
bool match_holiday(const Scan& s, std::size_t i, Found& f);
// date_names.cpp: whether a day and month without a year, lexemes date..end
// with the month at `month`, are part of a name ("the 6 April Youth
// Movement", "Place du 14 Juillet") rather than a date.
bool day_month_in_name(const Scan& s, std::size_t date, std::size_t month, std::size_t end);

// Shared checks on numbers.
bool is_day_number(const Scan& s, std::size_t i);   // 1..31, at most two digits, not a time
bool is_year_number(const Scan& s, std::size_t i);  // four digits, 1000..2999, not part of a bigger number

}  // namespace annals::tagging
