#pragma once

#include "summaries/summarizer.h"

namespace annals::tls {

class SimilarityMatrix;

// TEXTRANK (Mihalcea & Tarau 2004) as news-tls runs it: PageRank (damping
// 0.85) over the complete graph of candidates weighted by TF-IDF cosine,
// self-loops included; the best-ranked eligible sentences form the summary,
// skipping exact duplicates (cosine > 0.9999).
class TextRankSummarizer final : public Summarizer {
 public:
  std::vector<std::uint32_t> summarize(const Corpus& corpus, const TfidfModel& model,
                                       std::span<const std::uint32_t> candidates,
                                       const SummaryRequest& request) const override;
};

// PageRank scores of the nodes of a weighted graph (networkx semantics: a
// node without outgoing weight jumps uniformly). Scores sum to 1.
std::vector<double> pagerank(const SimilarityMatrix& weights, double damping = 0.85);

}  // namespace annals::tls
