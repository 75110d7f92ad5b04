#pragma once

#include "summaries/summarizer.h"

namespace annals::tls {

// SUBMODULAR (Lin & Bilmes 2011, as in news-tls): greedily maximises
//   coverage(S) + 6 * diversity(S)
// where coverage(S) = sum_i min(sum_{j in S} sim(i, j), (5 / n) * sum_j sim(i, j))
// and diversity(S) = sum over similarity clusters C of sqrt(sum_{j in S ∩ C} mean_sim(j)),
// with round(0.2 n) clusters. Only eligible sentences are picked.
class SubmodularSummarizer final : public Summarizer {
 public:
  std::vector<std::uint32_t> summarize(const Corpus& corpus, const TfidfModel& model,
                                       std::span<const std::uint32_t> candidates,
                                       const SummaryRequest& request) const override;
};

}  // namespace annals::tls
