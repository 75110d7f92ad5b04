#include "summaries/textrank_summarizer.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "vectors/similarity_matrix.h"

namespace annals::tls {

namespace {
constexpr double kDuplicate = 0.9999;  // news-tls max_sim
constexpr int kMaxIterations = 100;
constexpr double kTolerance = 1e-6;  // per node, as networkx
}  // namespace

std::vector<double> pagerank(const SimilarityMatrix& weights, double damping) {
  const std::size_t n = weights.size();
  if (n == 0) return {};
  std::vector<double> out_weight(n);
  for (std::size_t i = 0; i < n; ++i) out_weight[i] = weights.row_sum(i);
  std::vector<double> rank(n, 1.0 / n), next(n);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (out_weight[i] <= 0) dangling += rank[i];
    std::fill(next.begin(), next.end(), (damping * dangling + (1 - damping)) / n);
    for (std::size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0) continue;
      double share = damping * rank[i] / out_weight[i];
      for (std::size_t j = 0; j < n; ++j) next[j] += share * weights(i, j);
    }
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) change += std::abs(next[i] - rank[i]);
    rank.swap(next);
    if (change < n * kTolerance) break;
  }
  return rank;
}

std::vector<std::uint32_t> TextRankSummarizer::summarize(const Corpus& corpus, const TfidfModel& model,
                                                         std::span<const std::uint32_t> candidates,
                                                         const SummaryRequest& request) const {
  auto vectors = vectorize_all(corpus, model, candidates);
  SimilarityMatrix similarity(vectors);
  auto score = pagerank(similarity);
  std::vector<std::size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });

  std::vector<std::uint32_t> summary;
  std::vector<std::size_t> picked;
  for (std::size_t i : order) {
    if (summary.size() >= request.sentences) break;
    if (!eligible(corpus, candidates[i], request)) continue;
    bool duplicate = std::any_of(picked.begin(), picked.end(), [&](std::size_t j) { return similarity(i, j) > kDuplicate; });
    if (duplicate) continue;
    summary.push_back(candidates[i]);
    picked.push_back(i);
  }
  return summary;
}

}  // namespace annals::tls
