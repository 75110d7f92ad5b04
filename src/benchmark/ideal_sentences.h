// The sentence oracle of `annals bench --oracle sentences` (issue 11): the
// summary of a date that scores best against the reference's summary of
// that date, as far as a greedy search finds it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "annals/date.h"
#include "annals/eval/rouge_data.h"
#include "annals/eval/timeline_file.h"
#include "eval/rouge_counts.h"

namespace annals::benchmark {

// Greedy: starting from an empty summary, adds the pool sentence that
// raises the summary's ROUGE-1 F1 against the reference entry of the day
// most (ties: the earlier sentence), until `sentences` are chosen or none
// raises it. Tokens as the metric reads them: ROUGE-1.5.5's tokenisation,
// stopwords out, Porter stems (eval/rouge_counts.h). One per thread: the
// analyzer caches tokens.
class IdealSentences {
 public:
  IdealSentences(const eval::RougeData& data, const eval::TextTimeline& reference, std::size_t sentences);

  // Indices into `pool` in the order chosen; none when `day` is not a date
  // of the reference or no pool sentence shares a token with its summary.
  std::vector<std::size_t> choose(Date day, const std::vector<std::string>& pool);

 private:
  eval::RougeAnalyzer analyzer_;
  const eval::TextTimeline& reference_;
  std::size_t sentences_;
};

}  // namespace annals::benchmark
