#include "summaries/centroid_opt_summarizer.h"

#include <algorithm>
#include <cmath>
#include <numeric>


namespace annals::tls {

namespace {

double norm_squared(const SparseVector& v) {
  double n = 0;
  for (auto [term, w] : v) n += double(w) * w;
  return n;
}

}  // namespace

std::vector<std::uint32_t> CentroidOptSummarizer::summarize(const Corpus& corpus, const TfidfModel& model,
                                                            std::span<const std::uint32_t> candidates,
                                                            const SummaryRequest& request) const {
  std::vector<SparseVector> vectors;
  for (std::uint32_t s : candidates) vectors.push_back(model.vectorize(corpus.sentences()[s]));
  const SparseVector center = centroid(vectors);

  // With S the sum of the chosen vectors, a candidate x scores
  // cos(x + S, c) = (x·c + S·c) / |x + S|, and |x + S|² = |x|² + 2 x·S + |S|².
  std::vector<double> to_center(vectors.size()), to_summary(vectors.size(), 0.0), self(vectors.size());
  for (std::size_t i = 0; i < vectors.size(); ++i) {
    to_center[i] = dot(vectors[i], center);
    self[i] = norm_squared(vectors[i]);
  }
  double summary_to_center = 0, summary_self = 0;

  std::vector<bool> remaining(vectors.size(), true);
  std::vector<std::size_t> chosen;
  std::vector<double> score(vectors.size());
  std::vector<std::size_t> order;
  while (chosen.size() < request.sentences) {
    order.clear();
    for (std::size_t i = 0; i < vectors.size(); ++i) {
      if (!remaining[i]) continue;
      double length = std::sqrt(std::max(0.0, self[i] + 2 * to_summary[i] + summary_self));
      score[i] = length > 0 ? (to_center[i] + summary_to_center) / length : 0.0;
      order.push_back(i);
    }
    if (order.empty()) break;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });

    // Walk down the ranking; everything passed over is out for good, as in news-tls.
    for (std::size_t i : order) {
      remaining[i] = false;
      if (!eligible(corpus, candidates[i], request)) continue;
      bool redundant = std::any_of(chosen.begin(), chosen.end(), [&](std::size_t j) {
        return dot(vectors[i], vectors[j]) > max_similarity_;
      });
      if (redundant) continue;
      chosen.push_back(i);
      summary_to_center += to_center[i];
      summary_self += self[i] + 2 * to_summary[i];
      for (std::size_t k = 0; k < vectors.size(); ++k)
        if (remaining[k]) to_summary[k] += dot(vectors[k], vectors[i]);
      break;
    }
  }

  std::vector<std::uint32_t> summary;
  for (std::size_t i : chosen) summary.push_back(candidates[i]);
  return summary;
}

}  // namespace annals::tls
