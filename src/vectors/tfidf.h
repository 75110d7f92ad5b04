// TF-IDF sentence vectors and cosine similarity.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "corpus/corpus.h"

namespace annals::tls {

// Sparse vector sorted by term id; weights L2-normalised unless empty.
using SparseVector = std::vector<std::pair<TermId, float>>;

// Inverse document frequencies over a set of sentences (each sentence is a
// document, as in news-tls), with sklearn's smoothing: idf = ln((1+n)/(1+df)) + 1.
class TfidfModel {
 public:
  TfidfModel(const Corpus& corpus, std::span<const std::uint32_t> sentences);

  // L2-normalised tf-idf vector of one sentence.
  SparseVector vectorize(const Sentence& sentence) const;

 private:
  std::vector<float> idf_;  // by term id; terms never seen get the maximum idf
  float unseen_idf_;
};

float dot(const SparseVector& a, const SparseVector& b);
// Mean of the vectors, L2-normalised.
SparseVector centroid(std::span<const SparseVector> vectors);

}  // namespace annals::tls
