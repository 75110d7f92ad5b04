#include "vectors/similarity_matrix.h"

namespace annals::tls {

std::vector<SparseVector> vectorize_all(const Corpus& corpus, const TfidfModel& model,
                                        std::span<const std::uint32_t> sentences) {
  std::vector<SparseVector> out;
  out.reserve(sentences.size());
  for (std::uint32_t s : sentences) out.push_back(model.vectorize(corpus.sentences()[s]));
  return out;
}

SimilarityMatrix::SimilarityMatrix(std::span<const SparseVector> vectors)
    : n_(vectors.size()), values_(n_ * n_, 0.0f) {
  for (std::size_t i = 0; i < n_; ++i) {
    if (vectors[i].empty()) continue;
    values_[i * n_ + i] = 1.0f;
    for (std::size_t j = i + 1; j < n_; ++j) values_[i * n_ + j] = values_[j * n_ + i] = dot(vectors[i], vectors[j]);
  }
}

double SimilarityMatrix::row_sum(std::size_t i) const {
  double sum = 0;
  for (std::size_t j = 0; j < n_; ++j) sum += values_[i * n_ + j];
  return sum;
}

}  // namespace annals::tls
