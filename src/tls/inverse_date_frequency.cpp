#include "tls/inverse_date_frequency.h"

#include <algorithm>
#include <cmath>

namespace annals::tls {

namespace {
// Terms seen on fewer dates weigh as if seen on this many (tilse), so that
// one-off typos do not dominate.
constexpr std::size_t kMinDates = 3;
}  // namespace

InverseDateFrequency::InverseDateFrequency(const Corpus& corpus, std::span<const std::uint32_t> sentences,
                                           std::span<const Date> dates, std::size_t all_dates)
    : weight_(corpus.vocabulary_size(), 0.0f) {
  // Distinct (term, date) pairs, counted per term after sorting.
  std::vector<std::pair<TermId, Date>> uses;
  for (std::size_t i = 0; i < sentences.size(); ++i)
    for (TermId t : corpus.sentences()[sentences[i]].terms) uses.emplace_back(t, dates[i]);
  std::sort(uses.begin(), uses.end());
  uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
  for (auto it = uses.begin(); it != uses.end();) {
    auto end = std::find_if(it, uses.end(), [&](const auto& u) { return u.first != it->first; });
    std::size_t used_on = std::size_t(end - it);
    weight_[it->first] = float(std::log(double(all_dates) / double(std::max(kMinDates, used_on))));
    it = end;
  }
}

SparseVector InverseDateFrequency::vectorize(const Sentence& sentence) const {
  SparseVector v;
  for (TermId t : sentence.terms) v.emplace_back(t, weight_[t]);
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t out = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (out > 0 && v[out - 1].first == v[i].first)
      v[out - 1].second += v[i].second;
    else
      v[out++] = v[i];
  }
  v.resize(out);
  double norm = 0;
  for (const auto& [t, w] : v) norm += double(w) * w;
  if (norm <= 0) return {};
  for (auto& [t, w] : v) w = float(w / std::sqrt(norm));
  return v;
}

}  // namespace annals::tls
