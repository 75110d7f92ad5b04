// Stories: the articles of a corpus that are copies or near-copies of each
// other (a wire story and its reprints, the updated versions of one report),
// found by MinHash with locality-sensitive hashing: near-linear in the number
// of articles, with no all-pairs comparison.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "analysis/minhash.h"

namespace annals {

// Two articles are one story when the estimated Jaccard similarity of their
// 5-stem shingles reaches this. On 100 hand-labelled t17-dev pairs
// (docs/results.md) it gives precision 0.95 and recall 0.60; 0.3 would give
// 0.90 / 0.90. Precision is preferred: merging two distinct stories hides
// one from selection, while a missed copy only repeats a sentence.
inline constexpr double kStoryJaccard = 0.5;

struct Stories {
  std::vector<std::uint32_t> story_of;              // per article: its story id
  std::vector<std::vector<std::uint32_t>> members;  // per story id: its articles, in input order
};

// Groups articles (transitively) whose signatures reach `threshold`.
// Candidates are the articles that agree on all rows of one of the LSH
// bands; story ids are numbered in order of each story's first article.
Stories group_stories(std::span<const analysis::MinHashSignature> signatures, double threshold = kStoryJaccard);

}  // namespace annals
