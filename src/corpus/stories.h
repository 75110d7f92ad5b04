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
// 5-stem shingles reaches this (docs/results.md has the measurements that
// chose it: reprints with edits score 0.6-0.9, distinct stories sharing
// boilerplate below 0.2).
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
