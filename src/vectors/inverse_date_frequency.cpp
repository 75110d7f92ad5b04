#include "vectors/inverse_date_frequency.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace annals::tls {

namespace {
// Terms seen on fewer dates weigh as if seen on this many (tilse), so that
// one-off typos do not dominate.
constexpr std::size_t kMinDates = 3;
}  // namespace

InverseDateFrequency::InverseDateFrequency(const Corpus& corpus, std::span<const std::uint32_t> sentences,
                                           std::span<const Date> dates, std::size_t all_dates)
    : weight_(corpus.vocabulary_size(), 0.0f) {
  // Reading the sentences date by date, a term is on a new date whenever the
  // date differs from the last one it was seen on.
  std::vector<std::size_t> by_date(sentences.size());
  std::iota(by_date.begin(), by_date.end(), 0);
  std::stable_sort(by_date.begin(), by_date.end(), [&](std::size_t a, std::size_t b) { return dates[a] < dates[b]; });
  std::vector<std::size_t> used_on(weight_.size(), 0);
  std::vector<std::optional<Date>> last_seen(weight_.size());
  for (std::size_t i : by_date)
    for (TermId t : corpus.sentences()[sentences[i]].terms)
      if (last_seen[t] != dates[i]) last_seen[t] = dates[i], ++used_on[t];
  for (std::size_t t = 0; t < weight_.size(); ++t)
    if (used_on[t] > 0) weight_[t] = float(std::log(double(all_dates) / double(std::max(kMinDates, used_on[t]))));
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
