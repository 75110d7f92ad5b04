// Picking a date's summary: the candidates closest to their centroid.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "corpus/corpus.h"
#include "summaries/timeline_guard.h"
#include "vectors/tfidf.h"

namespace annals::tls {

struct CentroidRankOptions {
  std::size_t sentences = 2;          // K
  float max_redundancy = 0.5f;        // skip a sentence with cosine above this to one already picked
  const std::vector<std::string>* keywords = nullptr;  // summary sentences must match one
  const TimelineGuard* guard = nullptr;                 // summary sentences must be admitted by it
};

// Ranks `candidates` (sentence indices) by cosine to the candidates' centroid
// and returns up to K of them, best first, skipping redundant ones and ones
// without a keyword. The centroid uses all candidates, keyword or not.
std::vector<std::uint32_t> summarize_by_centroid(const Corpus& corpus, const TfidfModel& model,
                                                 std::span<const std::uint32_t> candidates,
                                                 const CentroidRankOptions& options);

}  // namespace annals::tls
