// The wide candidate pool of a day: what PM-MEAN reads before it filters,
// with every day mention counted. The fallback for days whose filtered
// candidates hold no keyword sentence (see KeywordFallbackCollector).
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "candidates/candidate_collector.h"
#include "candidates/pm_mean_collector.h"

namespace annals::tls {

class WidePoolCollector final : public CandidateCollector {
 public:
  // Indexes the corpus' articles by publication day: each sentence goes to
  // every day it names (mentioned_days, not only its first mention as in
  // PM-MEAN), and each of an article's first `leads` sentences (PM-MEAN's
  // six by default), dated or not, also to its publication day and the day
  // before. The sentence oracle takes every sentence as a lead.
  explicit WidePoolCollector(const Corpus& corpus, std::uint32_t leads = kPmMeanLeadSentences);

  // The day's sentences in publication order, each once; no similarity
  // filter. `model` is not needed.
  std::vector<std::uint32_t> collect(Date day, const TfidfModel& model) const override;
  // The same, for callers without a TF-IDF model.
  const std::vector<std::uint32_t>& pool(Date day) const;

 private:
  std::map<Date, std::vector<std::uint32_t>> pool_;
};

}  // namespace annals::tls
