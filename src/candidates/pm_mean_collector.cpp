#include "candidates/pm_mean_collector.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <span>
#include <unordered_map>

#include "corpus/publication_order.h"
#include "algorithms/knee_point.h"
#include "corpus/sentence_day.h"

namespace annals::tls {

namespace {

const std::vector<std::uint32_t>& lookup(const std::map<Date, std::vector<std::uint32_t>>& index, Date day) {
  static const std::vector<std::uint32_t> kNone;
  auto it = index.find(day);
  return it == index.end() ? kNone : it->second;
}

using DenseSum = std::unordered_map<TermId, double>;

DenseSum sum_of(std::span<const SparseVector> vectors) {
  DenseSum sum;
  for (const auto& v : vectors)
    for (auto [term, weight] : v) sum[term] += weight;
  return sum;
}

}  // namespace

PmMeanCollector::PmMeanCollector(const Corpus& corpus, std::uint32_t lead) : corpus_(corpus) {
  for (std::uint32_t a : articles_by_publication(corpus)) {
    Date published = corpus.article(a).published;
    std::uint32_t first = corpus.first_sentence(a);
    for (std::uint32_t j = 0; j < corpus.sentence_count(a); ++j) {
      if (auto day = sentence_day(corpus.sentences()[first + j])) {
        mentioning_[*day].push_back(first + j);
      } else if (j < lead) {
        for (int k = 0; k < kPmMeanPublicationDays; ++k) published_[published - k].push_back(first + j);
      }
    }
  }
}

std::vector<std::uint32_t> PmMeanCollector::collect(Date day, const TfidfModel& model) const {
  const auto& m = lookup(mentioning_, day);
  const auto& p = lookup(published_, day);
  std::vector<std::uint32_t> all(m);
  all.insert(all.end(), p.begin(), p.end());
  if (m.empty() || p.empty()) return all;

  std::vector<SparseVector> vectors;
  for (std::uint32_t s : all) vectors.push_back(model.vectorize(corpus_.sentences()[s]));
  std::span<const SparseVector> all_vectors(vectors);
  DenseSum m_sum = sum_of(all_vectors.first(m.size())), p_sum = sum_of(all_vectors.subspan(m.size()));

  // The day vector: terms both sets use, each set weighted by its mean.
  DenseSum day_vector;
  double norm = 0;
  for (auto [term, weight] : m_sum) {
    auto it = p_sum.find(term);
    if (it == p_sum.end()) continue;
    double w = weight / double(m.size()) + it->second / double(p.size());
    day_vector[term] = w;
    norm += w * w;
  }
  norm = std::sqrt(norm);
  std::vector<double> similarity(all.size(), 0.0);
  for (std::size_t i = 0; i < all.size() && norm > 0; ++i) {
    double d = 0;
    for (auto [term, weight] : vectors[i]) {
      auto it = day_vector.find(term);
      if (it != day_vector.end()) d += weight * it->second;
    }
    similarity[i] = d / norm;  // sentence vectors are unit or empty
  }

  std::vector<double> sorted = similarity;
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  double threshold = similarity[algorithms::knee_point(sorted)];
  std::vector<std::uint32_t> selected;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (similarity[i] > 0 && similarity[i] > threshold) selected.push_back(all[i]);
  return selected.empty() ? all : selected;
}

}  // namespace annals::tls
