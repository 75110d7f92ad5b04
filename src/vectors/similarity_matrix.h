// All-pairs cosine similarity of a small set of sentences, for summarizers
// that reason about the whole candidate graph (TEXTRANK, SUBMODULAR).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "corpus/corpus.h"
#include "vectors/tfidf.h"

namespace annals::tls {

// TF-IDF vectors of `sentences`, in order.
std::vector<SparseVector> vectorize_all(const Corpus& corpus, const TfidfModel& model,
                                        std::span<const std::uint32_t> sentences);

// Row-major n x n cosines of L2-normalised vectors; the diagonal is 1 except
// for empty vectors, whose row and column are all 0 (as with scikit-learn).
class SimilarityMatrix {
 public:
  explicit SimilarityMatrix(std::span<const SparseVector> vectors);
  std::size_t size() const { return n_; }
  float operator()(std::size_t i, std::size_t j) const { return values_[i * n_ + j]; }
  // Sum of row i: how much of the set sentence i is similar to.
  double row_sum(std::size_t i) const;

 private:
  std::size_t n_;
  std::vector<float> values_;
};

}  // namespace annals::tls
