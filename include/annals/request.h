// What a timeline is asked for: how many dates and sentences, which
// keywords, which days.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "annals/date.h"

namespace annals {

// The days a request covers, both ends included; an open end covers every
// day on that side. The one rule for "inside the window": for articles (by
// publication day) and for the dates a timeline may show.
struct DateWindow {
  std::optional<Date> from;
  std::optional<Date> to;

  bool contains(Date day) const { return !(from && day < *from) && !(to && day > *to); }
};

// The largest L and K any interface accepts (the command line, the server).
inline constexpr std::size_t kMaxDates = 10000;
inline constexpr std::size_t kMaxSentences = 1000;

struct TimelineRequest {
  std::size_t dates = 10;     // L: number of dates wanted
  std::size_t sentences = 2;  // K: summary sentences per date
  // Case-folded keywords (see fold_keywords); when any are given a summary
  // sentence must contain one of them as a substring of its case-folded
  // text (as news-tls does).
  std::vector<std::string> keywords;
  // Only articles published inside it are read, and only dates inside it are chosen.
  DateWindow window;
  // The date oracle (issue 11, `annals bench --oracle dates`): when not
  // empty, the method does not choose dates and summarises these instead
  // (those inside the window), so a benchmark judges only its summaries.
  // A given day without a summary (no keyword sentence) stays out.
  std::set<Date> given_dates;

  // True when a timeline of this request may show `day`: inside the window
  // and, when dates are given, one of them. The one test every method uses.
  bool may_show(Date day) const { return window.contains(day) && (given_dates.empty() || given_dates.contains(day)); }

  // A sentence that an outlet repeats, near-verbatim, across many of its
  // stories in the window is that outlet's furniture (a series promo, a
  // comment policy) and left out unless this is set (corpus/boilerplate.h);
  // so are photo captions standing as sentences (text/photo_caption.h) and
  // furniture that says what it is (text/furniture_sentence.h).
  bool keep_boilerplate = false;
};

// Keywords as TimelineRequest::keywords holds them: trimmed, Unicode
// case-folded, empty ones dropped. The one folding every caller uses, so
// that "Libya" on the command line matches "LIBYA" in a sentence.
std::vector<std::string> fold_keywords(const std::vector<std::string>& keywords);

}  // namespace annals
