#include "algorithms/markov_clustering.h"

#include <gtest/gtest.h>

namespace annals::algorithms {
namespace {

using Clusters = std::vector<std::vector<std::uint32_t>>;

// Undirected edge as two matrix entries.
void link(std::vector<MatrixEntry>& entries, std::uint32_t a, std::uint32_t b, double w) {
  entries.push_back({a, b, w});
  entries.push_back({b, a, w});
}

TEST(MarkovClusteringTest, SplitsTwoTrianglesJoinedByAWeakEdge) {
  std::vector<MatrixEntry> entries;
  for (auto [a, b] : {std::pair{0u, 1u}, {0u, 2u}, {1u, 2u}, {3u, 4u}, {3u, 5u}, {4u, 5u}}) link(entries, a, b, 1.0);
  link(entries, 2, 3, 0.1);
  EXPECT_EQ(markov_clusters(6, entries), (Clusters{{0, 1, 2}, {3, 4, 5}}));
}

TEST(MarkovClusteringTest, IsolatedNodesAreSingletons) {
  std::vector<MatrixEntry> entries;
  link(entries, 1, 2, 0.8);
  EXPECT_EQ(markov_clusters(4, entries), (Clusters{{0}, {1, 2}, {3}}));
}

TEST(MarkovClusteringTest, AStarCollapsesIntoOneCluster) {
  // Hub 0 with three leaves: all flow ends at the hub.
  std::vector<MatrixEntry> entries;
  for (std::uint32_t leaf = 1; leaf <= 3; ++leaf) link(entries, 0, leaf, 1.0);
  EXPECT_EQ(markov_clusters(4, entries), (Clusters{{0, 1, 2, 3}}));
}

TEST(MarkovClusteringTest, EmptyGraphHasNoClusters) {
  EXPECT_TRUE(markov_clusters(0, {}).empty());
}

}  // namespace
}  // namespace annals::algorithms
