// CENTROID-OPT (news-tls `CentroidOpt`): the summary whose own centroid is
// closest to the candidates' centroid, built greedily.
#pragma once

#include "summaries/summarizer.h"

namespace annals::tls {

// Each round adds the candidate that maximises the cosine between the sum of
// the summary's tf-idf vectors (with it) and the centroid of all candidates.
// Candidates without a keyword, or near-copies (cosine > 0.9999) of a chosen
// sentence, are dropped when their turn comes; ties go to the earlier
// candidate. Keyword-less candidates still count in the centroid.
class CentroidOptSummarizer final : public Summarizer {
 public:
  std::vector<std::uint32_t> summarize(const Corpus& corpus, const TfidfModel& model,
                                       std::span<const std::uint32_t> candidates,
                                       const SummaryRequest& request) const override;
};

}  // namespace annals::tls
