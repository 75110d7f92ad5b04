// What a reader accepts from a timeline as a whole: no sentence twice (nor a
// near-copy of it, under another date or the same one), no sentence of a
// length nobody reads and no outlet's boilerplate (Sentence::boilerplate).
// Every method consults one TimelineGuard while it chooses, so a refused
// sentence gives way to the method's next-best candidate instead of leaving
// a gap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <vector>

#include "corpus/corpus.h"

namespace annals::tls {

// The rules of one request; the defaults refuse nothing (the published
// behaviour of the reproduced methods).
struct SentenceRules {
  bool distinct = false;      // no sentence nor near-copy twice in a timeline
  std::size_t max_words = 0;  // 0: no upper bound
  std::size_t min_words = 0;  // 0: no lower bound
  bool true_days = false;     // no sentence under a date its own day mentions place elsewhere (says_other_day)
};

// The sentences a timeline has taken so far under its rules, with their
// dates. A reader reads a timeline in date order and each date's summary
// in order, so whether a sentence repeats another depends on which of the
// two is read first (text::is_near_copy is not symmetric); the guard knows
// the dates and refuses exactly what would be read as a repeat.
class TimelineGuard {
 public:
  TimelineGuard(const Corpus& corpus, SentenceRules rules);

  // False when the sentence, appended to the summary of `date` (a day, or
  // the month or year starting on it), is boilerplate, breaks a length
  // rule, says its event happened on another day, would repeat a sentence
  // read before it, or would make one read after it a repeat.
  bool admits(std::uint32_t sentence, Date date, Granularity granularity = Granularity::kDay) const;
  // The same for the date choose() is summarising (what summarizers ask
  // through SummaryRequest::guard), also refusing what choose() set aside.
  bool admits(std::uint32_t sentence) const;
  // Records a sentence appended to the summary of `date`.
  void take(std::uint32_t sentence, Date date);

  // The summary of `date`: runs `summarize` (whose picks must pass
  // admits(sentence)) and, while its result holds a near-copy of an earlier
  // sentence of the same result, sets that copy aside and runs it again;
  // then takes the result. Without the distinct rule `summarize` runs once.
  std::vector<std::uint32_t> choose(Date date, const std::function<std::vector<std::uint32_t>()>& summarize);

 private:
  struct Taken {
    std::vector<std::uint32_t> words;  // content word set
    Date date;
  };
  bool fits_length(std::uint32_t sentence) const;
  // Index in `summary` of the first sentence that repeats an earlier one of it.
  std::optional<std::size_t> first_inner_copy(const std::vector<std::uint32_t>& summary) const;
  std::vector<std::uint32_t> words_of(std::uint32_t sentence) const;

  const Corpus& corpus_;
  SentenceRules rules_;
  std::vector<Taken> taken_;
  Date date_;                        // of the summary choose() is running
  std::set<std::uint32_t> set_aside_;  // for that summary
};

}  // namespace annals::tls
