#include "corpus/stories.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace annals {

namespace {

// 16 bands of 4 rows: a pair at Jaccard 0.5 shares a band with probability
// 1 - (1 - 0.5^4)^16 = 0.64, at 0.7 with 0.99, at 0.2 with 0.03, so pairs
// well above the threshold are found and few far below it are checked.
constexpr std::size_t kRows = 4;
constexpr std::size_t kBands = analysis::kMinHashes / kRows;
// A bucket larger than this (a band shared by many articles, e.g. a common
// boilerplate lead) compares neighbours only, which keeps the work linear.
constexpr std::size_t kAllPairsBucket = 32;

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::uint32_t> parent_;
};

std::uint64_t band_hash(const analysis::MinHashSignature& signature, std::size_t band) {
  std::uint64_t h = band + 1;
  for (std::size_t r = band * kRows; r < (band + 1) * kRows; ++r) h = (h * 0x100000001b3u) ^ signature[r];
  return h * 0x9e3779b97f4a7c15u;
}

// Joins the articles of one bucket whose signatures reach the threshold.
void join_bucket(std::span<const std::pair<std::uint64_t, std::uint32_t>> bucket,
                 std::span<const analysis::MinHashSignature> signatures, double threshold, UnionFind& stories) {
  auto similar = [&](std::uint32_t a, std::uint32_t b) {
    return analysis::estimated_jaccard(signatures[a], signatures[b]) >= threshold;
  };
  const bool all_pairs = bucket.size() <= kAllPairsBucket;
  for (std::size_t i = 1; i < bucket.size(); ++i) {
    const std::size_t first = all_pairs ? 0 : i - 1;
    for (std::size_t j = first; j < i; ++j)
      if (stories.find(bucket[i].second) != stories.find(bucket[j].second) &&
          similar(bucket[i].second, bucket[j].second))
        stories.join(bucket[i].second, bucket[j].second);
  }
}

}  // namespace

Stories group_stories(std::span<const analysis::MinHashSignature> signatures, double threshold) {
  const auto n = std::uint32_t(signatures.size());
  UnionFind union_find(n);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
  keys.reserve(n);
  for (std::size_t band = 0; band < kBands; ++band) {
    keys.clear();
    for (std::uint32_t a = 0; a < n; ++a)
      if (!analysis::is_empty(signatures[a])) keys.emplace_back(band_hash(signatures[a], band), a);
    std::sort(keys.begin(), keys.end());
    for (std::size_t begin = 0, end = 0; begin < keys.size(); begin = end) {
      while (end < keys.size() && keys[end].first == keys[begin].first) ++end;
      if (end - begin > 1)
        join_bucket(std::span(keys).subspan(begin, end - begin), signatures, threshold, union_find);
    }
  }
  Stories stories;
  stories.story_of.resize(n);
  std::vector<std::uint32_t> id_of_root(n, UINT32_MAX);
  for (std::uint32_t a = 0; a < n; ++a) {
    std::uint32_t& id = id_of_root[union_find.find(a)];
    if (id == UINT32_MAX) {
      id = std::uint32_t(stories.members.size());
      stories.members.emplace_back();
    }
    stories.story_of[a] = id;
    stories.members[id].push_back(a);
  }
  return stories;
}

}  // namespace annals
