// Markov clustering (van Dongen 2000) of a weighted graph held as a sparse
// matrix: random walks are expanded and then inflated until the flow settles
// into attractors; each attractor's basin is one cluster.
#pragma once

#include <cstdint>
#include <vector>

namespace annals::algorithms {

// One entry of the similarity matrix. Columns are normalised to sum to one,
// so entry (row, col) becomes the probability of stepping from `col` to
// `row`. The matrix need not be symmetric; a repeated entry overwrites.
struct MatrixEntry {
  std::uint32_t row = 0;
  std::uint32_t col = 0;
  double weight = 0;
};

// Defaults are those of the `markov_clustering` Python package that news-tls uses.
struct MarkovClusteringOptions {
  unsigned expansion = 2;      // walk length per round (matrix power)
  double inflation = 2;        // exponent that sharpens strong flows
  double loop_weight = 1;      // every node gets a self-loop of this weight
  double prune_below = 0.001;  // drop flows under this, keeping each column's maximum
  unsigned max_iterations = 100;
};

// Clusters of node ids 0..nodes-1, each sorted ascending; the list is sorted
// lexicographically and holds no duplicates. A node may appear in more than
// one cluster when it flows to several attractors (rare, as in the original).
// The entries are taken by value so that a caller can hand a large graph
// over (std::move) and its memory is freed once the matrix is built.
std::vector<std::vector<std::uint32_t>> markov_clusters(std::size_t nodes, std::vector<MatrixEntry> entries,
                                                        const MarkovClusteringOptions& options = {});

}  // namespace annals::algorithms
