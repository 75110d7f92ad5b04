// Grouping sentences by similarity for the diversity term of SUBMODULAR.
#pragma once

#include <cstdint>
#include <vector>

#include "vectors/similarity_matrix.h"

namespace annals::tls {

// Cluster label (0..k-1) of each item, by k-medoids on the similarity
// matrix: medoids seeded farthest-first from the most central item, then
// alternately reassigning items and re-centring medoids. Deterministic,
// unlike the randomly seeded mini-batch k-means news-tls uses. With k <= 1 or
// fewer than three items everything is in cluster 0.
std::vector<std::uint32_t> cluster_by_similarity(const SimilarityMatrix& similarity, std::size_t k);

}  // namespace annals::tls
