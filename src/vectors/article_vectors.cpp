#include "vectors/article_vectors.h"

#include <algorithm>
#include <cmath>

namespace annals::tls {

namespace {

// Term frequencies of one article, its title included (news-tls vectorises
// "title text"), sorted by term.
SparseVector term_counts(const Corpus& corpus, std::uint32_t article) {
  const std::span<const TermId> title = corpus.title_terms(article);
  std::vector<TermId> terms(title.begin(), title.end());
  for (const Sentence& s : corpus.sentences_of(article)) terms.insert(terms.end(), s.terms.begin(), s.terms.end());
  std::sort(terms.begin(), terms.end());
  SparseVector counts;
  for (TermId t : terms) {
    if (counts.empty() || counts.back().first != t) counts.emplace_back(t, 0.0f);
    counts.back().second += 1;
  }
  return counts;
}

}  // namespace

std::vector<SparseVector> article_vectors(const Corpus& corpus, std::span<const std::uint32_t> articles) {
  std::vector<SparseVector> vectors;
  std::vector<std::uint32_t> df(corpus.vocabulary_size(), 0);
  for (std::uint32_t a : articles) {
    vectors.push_back(term_counts(corpus, a));
    for (const auto& [t, count] : vectors.back()) ++df[t];
  }
  const double n = double(articles.size());
  for (SparseVector& v : vectors) {
    double norm = 0;
    for (auto& [t, w] : v) {
      w *= float(std::log((1 + n) / (1 + df[t])) + 1);
      norm += double(w) * w;
    }
    if (norm > 0)
      for (auto& [t, w] : v) w = float(w / std::sqrt(norm));
  }
  return vectors;
}

}  // namespace annals::tls
