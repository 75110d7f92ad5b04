#include "summaries/submodular_summarizer.h"

#include <algorithm>
#include <cmath>

#include "summaries/similarity_clusters.h"
#include "vectors/similarity_matrix.h"

namespace annals::tls {

namespace {

// news-tls defaults: coverage saturation, diversity weight, clusters per sentence.
constexpr double kSaturation = 5;
constexpr double kDiversityWeight = 6;
constexpr double kClustersPerSentence = 0.2;

// The objective's state for the summary picked so far, so that the gain of
// one more sentence costs O(n) instead of recomputing the objective.
class Objective {
 public:
  explicit Objective(const SimilarityMatrix& sim)
      : sim_(sim), covered_(sim.size(), 0.0), cap_(sim.size()), reward_(sim.size()) {
    const std::size_t n = sim.size();
    for (std::size_t i = 0; i < n; ++i) {
      double total = sim.row_sum(i);
      cap_[i] = kSaturation / n * total;
      reward_[i] = total / n;
    }
    label_ = cluster_by_similarity(sim, std::size_t(std::nearbyint(kClustersPerSentence * n)));
    cluster_sum_.assign(*std::max_element(label_.begin(), label_.end()) + 1, 0.0);
  }

  double gain(std::size_t c) const {
    double coverage = 0;
    for (std::size_t i = 0; i < sim_.size(); ++i)
      coverage += std::min(covered_[i] + sim_(i, c), cap_[i]) - std::min(covered_[i], cap_[i]);
    double before = cluster_sum_[label_[c]];
    return coverage + kDiversityWeight * (std::sqrt(before + reward_[c]) - std::sqrt(before));
  }

  void add(std::size_t c) {
    for (std::size_t i = 0; i < sim_.size(); ++i) covered_[i] += sim_(i, c);
    cluster_sum_[label_[c]] += reward_[c];
  }

 private:
  const SimilarityMatrix& sim_;
  std::vector<double> covered_;  // sum of similarity to the summary, per sentence
  std::vector<double> cap_;      // coverage saturation, per sentence
  std::vector<double> reward_;   // mean similarity to the set, per sentence
  std::vector<std::uint32_t> label_;
  std::vector<double> cluster_sum_;
};

}  // namespace

std::vector<std::uint32_t> SubmodularSummarizer::summarize(const Corpus& corpus, const TfidfModel& model,
                                                           std::span<const std::uint32_t> candidates,
                                                           const SummaryRequest& request) const {
  if (candidates.empty()) return {};
  auto vectors = vectorize_all(corpus, model, candidates);
  SimilarityMatrix similarity(vectors);
  Objective objective(similarity);

  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (eligible(corpus, candidates[i], request)) open.push_back(i);
  std::vector<std::uint32_t> summary;
  while (summary.size() < request.sentences && !open.empty()) {
    auto best = open.begin();
    double best_gain = objective.gain(*best);
    for (auto it = open.begin() + 1; it != open.end(); ++it) {
      double g = objective.gain(*it);
      if (g > best_gain) best = it, best_gain = g;
    }
    objective.add(*best);
    summary.push_back(candidates[*best]);
    open.erase(best);
  }
  return summary;
}

}  // namespace annals::tls
