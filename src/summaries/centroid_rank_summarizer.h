#pragma once

#include "summaries/summarizer.h"

namespace annals::tls {

// CENTROID-RANK (news-tls): candidates ranked by cosine to the candidates'
// centroid; the best eligible ones form the summary, skipping exact
// duplicates (cosine > 0.9999).
class CentroidRankSummarizer final : public Summarizer {
 public:
  std::vector<std::uint32_t> summarize(const Corpus& corpus, const TfidfModel& model,
                                       std::span<const std::uint32_t> candidates,
                                       const SummaryRequest& request) const override;
};

}  // namespace annals::tls
