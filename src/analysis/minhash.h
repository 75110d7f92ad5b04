// MinHash signatures of articles, to find copies and near-copies (wire
// stories reprinted, updated versions of one story) without comparing all
// pairs. A signature depends on the article's record alone, so it can be
// stored with it and compared across collections.
#pragma once

#include <array>
#include <cstdint>

#include "annals/analysis.h"

namespace annals::analysis {

// Shingles are this many consecutive content stems of the article (stopwords
// removed, across sentence boundaries): stems make "said"/"says" and case
// edits invisible, five words make a shared boilerplate phrase count little.
inline constexpr std::size_t kShingleWords = 5;
// 64 hashes: the estimated Jaccard similarity has a standard error of
// sqrt(J(1-J)/64), about 0.06 around the threshold.
inline constexpr std::size_t kMinHashes = 64;

using MinHashSignature = std::array<std::uint32_t, kMinHashes>;

// The signature of the article's set of shingles; an article with fewer
// stems than a shingle has its whole stem sequence as its one shingle. An
// article without stems has the empty signature (every slot UINT32_MAX).
// Stable across runs and machines: stems are hashed with FNV-1a, not a
// seeded hash.
MinHashSignature minhash_signature(const AnalyzedArticle& article);

bool is_empty(const MinHashSignature& signature);

// The fraction of slots where the two agree: an unbiased estimate of the
// Jaccard similarity of the two shingle sets (0 when either is empty).
double estimated_jaccard(const MinHashSignature& a, const MinHashSignature& b);

}  // namespace annals::analysis
