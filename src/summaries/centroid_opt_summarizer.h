// CENTROID-OPT (news-tls `CentroidOpt`): the summary whose own centroid is
// closest to the candidates' centroid, built greedily.
#pragma once

#include "summaries/summarizer.h"

namespace annals::tls {

// Each round adds the candidate that maximises the cosine between the sum of
// the summary's tf-idf vectors (with it) and the centroid of all candidates.
// Candidates without a keyword, or too close to a chosen sentence (cosine
// above `max_similarity`), are dropped when their turn comes; ties go to the
// earlier candidate. Keyword-less candidates still count in the centroid.
class CentroidOptSummarizer final : public Summarizer {
 public:
  // news-tls' CentroidOpt max_sim: only (near-)identical sentences are redundant.
  static constexpr double kNewsTlsMaxSimilarity = 0.9999;

  explicit CentroidOptSummarizer(double max_similarity = kNewsTlsMaxSimilarity) : max_similarity_(max_similarity) {}
  std::vector<std::uint32_t> summarize(const Corpus& corpus, const TfidfModel& model,
                                       std::span<const std::uint32_t> candidates,
                                       const SummaryRequest& request) const override;

 private:
  double max_similarity_;
};

}  // namespace annals::tls
