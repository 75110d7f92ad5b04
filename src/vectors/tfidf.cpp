#include "vectors/tfidf.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace annals::tls {

namespace {
void normalize(SparseVector& v) {
  double norm = 0;
  for (auto& [id, w] : v) norm += double(w) * w;
  if (norm <= 0) return;
  float scale = float(1.0 / std::sqrt(norm));
  for (auto& [id, w] : v) w *= scale;
}
}  // namespace

TfidfModel::TfidfModel(const Corpus& corpus, std::span<const std::uint32_t> sentences)
    : idf_(corpus.vocabulary_size(), 0.0f) {
  std::vector<std::uint32_t> df(corpus.vocabulary_size(), 0);
  std::vector<std::uint32_t> last_seen(corpus.vocabulary_size(), UINT32_MAX);
  for (std::uint32_t s : sentences) {
    for (TermId t : corpus.sentences()[s].terms) {
      if (last_seen[t] != s) {
        last_seen[t] = s;
        ++df[t];
      }
    }
  }
  const double n = double(sentences.size());
  unseen_idf_ = float(std::log((1 + n) / 1.0) + 1);
  for (std::size_t t = 0; t < df.size(); ++t) idf_[t] = float(std::log((1 + n) / (1 + df[t])) + 1);
}

SparseVector TfidfModel::vectorize(const Sentence& sentence) const {
  SparseVector v;
  v.reserve(sentence.terms.size());
  for (TermId t : sentence.terms) v.emplace_back(t, 1.0f);
  std::sort(v.begin(), v.end());
  // Merge repeated terms into term frequencies.
  std::size_t out = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (out > 0 && v[out - 1].first == v[i].first)
      v[out - 1].second += 1.0f;
    else
      v[out++] = v[i];
  }
  v.resize(out);
  for (auto& [id, w] : v) w *= id < idf_.size() ? idf_[id] : unseen_idf_;
  normalize(v);
  return v;
}

float dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (i->first < j->first)
      ++i;
    else if (j->first < i->first)
      ++j;
    else
      sum += double(i->second) * (j++)->second, ++i;
  }
  return float(sum);
}

SparseVector centroid(std::span<const SparseVector> vectors) {
  std::unordered_map<TermId, double> sum;
  for (const auto& v : vectors)
    for (auto [id, w] : v) sum[id] += w;
  SparseVector c(sum.begin(), sum.end());
  std::sort(c.begin(), c.end());
  normalize(c);
  return c;
}

}  // namespace annals::tls
