// The day a sentence is about.
#pragma once

#include <optional>
#include <vector>

#include "corpus/corpus.h"

namespace annals::tls {

// news-tls gives a sentence the value of its first temporal expression that
// parses as a day, month or year (a decade such as "the 1990s" does not) and
// treats the sentence as dated only when that value is a day: a sentence
// opening with "In May" is undated even if it later names "May 4".
std::optional<Date> sentence_day(const Sentence& sentence);

// Every day the sentence names (any of its day mentions, not only the first),
// sorted, without repeats: "the talks of March 2 resume on March 5" names both.
std::vector<Date> mentioned_days(const Sentence& sentence);

// Whether the sentence says its event happened outside `period`: it names a
// day ("on Friday", "March 7") and none of its mentions is the period or a
// day inside it. "The vote of March 7" is about March 7, not the March 9 its
// article was published on; "in March, before the vote of March 7" is about
// March 2011, and so is "the vote of March 7" itself.
bool says_other_day(const Sentence& sentence, DatePeriod period);

}  // namespace annals::tls
