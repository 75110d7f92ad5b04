#include "algorithms/markov_clustering.h"

#include <gtest/gtest.h>

#include <random>

#include "markov_clustering_reference.h"

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

TEST(MarkovClusteringTest, RepeatedEntryOverwritesAndTheDiagonalIsTheLoop) {
  std::vector<MatrixEntry> entries{{1, 0, 5.0}, {0, 1, 5.0}, {2, 2, 9.0}, {1, 0, 0.0}, {0, 1, 0.0}};
  EXPECT_EQ(markov_clusters(3, entries), (Clusters{{0}, {1}, {2}}));
}

// Random sparse graphs of a few clumps, with repeated and diagonal entries,
// clustered by the bounded version and by the reference it replaced.
TEST(MarkovClusteringTest, MatchesTheWholeMatrixReferenceExactly) {
  std::mt19937 random(17);
  for (int round = 0; round < 60; ++round) {
    const std::uint32_t nodes = 1 + random() % 60;
    std::vector<MatrixEntry> entries;
    const int count = static_cast<int>(random() % (4 * nodes));
    for (int k = 0; k < count; ++k) {
      const std::uint32_t row = random() % nodes;
      const std::uint32_t col = (random() % 3 == 0) ? random() % nodes : (row + random() % 4) % nodes;
      entries.push_back({row, col, (random() % 5 == 0) ? 0.0 : (random() % 1000) / 999.0});
    }
    MarkovClusteringOptions options;
    options.expansion = 2 + round % 2;  // the fused square, and a cube
    options.inflation = round % 3 == 0 ? 1.5 : 2;
    options.loop_weight = round % 4 == 0 ? 0 : 1;
    EXPECT_EQ(markov_clusters(nodes, entries, options), reference::markov_clusters(nodes, entries, options))
        << "round " << round;
  }
}

TEST(MarkovClusteringTest, EmptyGraphHasNoClusters) {
  EXPECT_TRUE(markov_clusters(0, {}).empty());
}

}  // namespace
}  // namespace annals::algorithms
