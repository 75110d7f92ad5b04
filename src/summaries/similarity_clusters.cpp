#include "summaries/similarity_clusters.h"

#include <algorithm>
#include <limits>

namespace annals::tls {

namespace {

constexpr int kMaxRounds = 10;

std::vector<std::size_t> seed_medoids(const SimilarityMatrix& sim, std::size_t k) {
  const std::size_t n = sim.size();
  std::vector<std::size_t> medoids;
  std::size_t central = 0;
  for (std::size_t i = 1; i < n; ++i)
    if (sim.row_sum(i) > sim.row_sum(central)) central = i;
  medoids.push_back(central);
  // Closeness of each item to its nearest medoid so far.
  std::vector<float> nearest(n);
  for (std::size_t i = 0; i < n; ++i) nearest[i] = sim(i, central);
  nearest[central] = std::numeric_limits<float>::max();
  while (medoids.size() < k) {
    std::size_t farthest = 0;
    for (std::size_t i = 1; i < n; ++i)
      if (nearest[i] < nearest[farthest]) farthest = i;
    medoids.push_back(farthest);
    for (std::size_t i = 0; i < n; ++i) nearest[i] = std::max(nearest[i], sim(i, farthest));
    nearest[farthest] = std::numeric_limits<float>::max();
  }
  return medoids;
}

std::vector<std::uint32_t> assign(const SimilarityMatrix& sim, const std::vector<std::size_t>& medoids) {
  std::vector<std::uint32_t> label(sim.size(), 0);
  for (std::size_t i = 0; i < sim.size(); ++i)
    for (std::uint32_t c = 1; c < medoids.size(); ++c)
      if (sim(i, medoids[c]) > sim(i, medoids[label[i]])) label[i] = c;
  for (std::uint32_t c = 0; c < medoids.size(); ++c) label[medoids[c]] = c;
  return label;
}

// The member of each cluster most similar to the rest of it.
std::vector<std::size_t> recentre(const SimilarityMatrix& sim, const std::vector<std::uint32_t>& label,
                                  std::vector<std::size_t> medoids) {
  std::vector<double> best(medoids.size(), -1.0);
  for (std::size_t i = 0; i < sim.size(); ++i) {
    double total = 0;
    for (std::size_t j = 0; j < sim.size(); ++j)
      if (label[j] == label[i]) total += sim(i, j);
    if (total > best[label[i]]) best[label[i]] = total, medoids[label[i]] = i;
  }
  return medoids;
}

}  // namespace

std::vector<std::uint32_t> cluster_by_similarity(const SimilarityMatrix& similarity, std::size_t k) {
  const std::size_t n = similarity.size();
  if (k <= 1 || n <= 2) return std::vector<std::uint32_t>(n, 0);
  k = std::min(k, n);
  auto medoids = seed_medoids(similarity, k);
  auto label = assign(similarity, medoids);
  for (int round = 0; round < kMaxRounds; ++round) {
    auto moved = recentre(similarity, label, medoids);
    if (moved == medoids) break;
    medoids = std::move(moved);
    label = assign(similarity, medoids);
  }
  return label;
}

}  // namespace annals::tls
