// Chieu & Lee: interesting sentences are similar to much of what is said
// around their date; bursty ones keep the timeline from repeating an event.
#include "methods/chieu_method.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <set>

#include "candidates/dated_sentences.h"
#include "corpus/request_window.h"

namespace annals::tls {

namespace {

constexpr int kMaxDays = 10;            // interest window, days either side
constexpr double kExtentShare = 0.8;    // extent: window holding this share of the interest

// near[i][k]: similarity of sentence i to the sentences dated exactly k days
// from its date (itself included at k = 0). Summing per-date vectors keeps
// this linear in the number of sentences instead of quadratic.
std::vector<std::array<double, kMaxDays + 1>> similarity_by_distance(const DatedSentences& input,
                                                                      std::size_t vocabulary) {
  std::map<Date, std::vector<std::size_t>> by_date;
  for (std::size_t i = 0; i < input.sentences.size(); ++i) by_date[input.dates[i].date].push_back(i);
  std::vector<std::array<double, kMaxDays + 1>> near(input.sentences.size());
  for (auto& row : near) row.fill(0.0);
  std::vector<double> sum(vocabulary, 0.0);
  for (const auto& [date, members] : by_date) {
    for (std::size_t j : members)
      for (auto [t, w] : input.vectors[j]) sum[t] += w;
    for (auto it = by_date.lower_bound(date - kMaxDays); it != by_date.upper_bound(date + kMaxDays); ++it) {
      int distance = std::abs(it->first - date);
      for (std::size_t i : it->second) {
        double x = 0;
        for (auto [t, w] : input.vectors[i]) x += w * sum[t];
        near[i][distance] += x;
      }
    }
    for (std::size_t j : members)
      for (auto [t, w] : input.vectors[j]) sum[t] = 0;
  }
  return near;
}

}  // namespace

Timeline ChieuMethod::build(const Corpus& corpus, const TimelineRequest& request) const {
  DatedSentences input = dated_sentences(corpus, request);
  auto near = similarity_by_distance(input, corpus.vocabulary_size());
  const std::size_t n = input.sentences.size();
  std::vector<double> interest(n);
  std::vector<int> extent(n, 1);
  for (std::size_t i = 0; i < n; ++i) {
    interest[i] = std::accumulate(near[i].begin(), near[i].end(), 0.0);
    double within = near[i][0];
    for (int k = 1; k <= kMaxDays; ++k) {
      within += near[i][k];
      if (within >= kExtentShare * interest[i]) {
        extent[i] = k;
        break;
      }
    }
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return interest[a] > interest[b]; });

  Timeline timeline;
  std::set<Date> forbidden;
  for (std::size_t i : order) {
    if (timeline.entries.size() >= request.dates || request.sentences == 0) break;
    Date date = input.dates[i].date;
    if (!in_window(date, request) || forbidden.count(date)) continue;
    for (int k = -extent[i]; k <= extent[i]; ++k) forbidden.insert(date + k);
    timeline.entries.push_back({date, {input.sentences[i]}});
  }
  std::sort(timeline.entries.begin(), timeline.entries.end(),
            [](const TimelineEntry& a, const TimelineEntry& b) { return a.date < b.date; });
  return timeline;
}

}  // namespace annals::tls
