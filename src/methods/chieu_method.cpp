// Chieu & Lee: interesting sentences are similar to much of what is said
// around their date; bursty ones keep the timeline from repeating an event.
#include "methods/chieu_method.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "candidates/dated_sentences.h"


namespace annals::tls {

namespace {

// near[i][k]: similarity of sentence i to the sentences dated exactly k days
// from its date (itself included at k = 0). Summing per-date vectors keeps
// this linear in the number of sentences instead of quadratic.
std::vector<std::vector<double>> similarity_by_distance(const DatedSentences& input, std::size_t vocabulary,
                                                        int max_days) {
  std::map<Date, std::vector<std::size_t>> by_date;
  for (std::size_t i = 0; i < input.sentences.size(); ++i) by_date[input.dates[i].date].push_back(i);
  std::vector<std::vector<double>> near(input.sentences.size(), std::vector<double>(std::size_t(max_days) + 1, 0.0));
  std::vector<double> sum(vocabulary, 0.0);
  for (const auto& [date, members] : by_date) {
    for (std::size_t j : members)
      for (auto [t, w] : input.vectors[j]) sum[t] += w;
    for (auto it = by_date.lower_bound(date - max_days); it != by_date.upper_bound(date + max_days); ++it) {
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

Selection ChieuMethod::build(const Corpus& corpus, const TimelineRequest& request) const {
  DatedSentences input = dated_sentences(corpus, request);
  auto near = similarity_by_distance(input, corpus.vocabulary_size(), max_days_);
  const std::size_t n = input.sentences.size();
  std::vector<double> interest(n);
  std::vector<int> extent(n, 1);
  for (std::size_t i = 0; i < n; ++i) {
    interest[i] = std::accumulate(near[i].begin(), near[i].end(), 0.0);
    double within = near[i][0];
    for (int k = 1; k <= max_days_; ++k) {
      within += near[i][k];
      if (within >= extent_share_ * interest[i]) {
        extent[i] = k;
        break;
      }
    }
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return interest[a] > interest[b]; });

  Selection timeline;
  std::set<Date> forbidden;
  TimelineGuard guard(corpus, sentence_rules());
  for (std::size_t i : order) {
    if (timeline.entries.size() >= request.dates || request.sentences == 0) break;
    Date date = input.dates[i].date;
    if (!request.may_show(date) || forbidden.count(date)) continue;
    // A refused sentence leaves its date open to the next most interesting one.
    if (!guard.admits(input.sentences[i], date, input.dates[i].granularity)) continue;
    guard.take(input.sentences[i], date);
    // The extent chooses dates; given dates are all kept, each gets one sentence.
    const int extent_days = request.given_dates.empty() ? extent[i] : 0;
    for (int k = -extent_days; k <= extent_days; ++k) forbidden.insert(date + k);
    // "In March 2011 ..." stands for the month, not for March 1.
    timeline.entries.push_back({date, {input.sentences[i]}, input.dates[i].granularity});
  }
  sort_chronologically(timeline);
  return timeline;
}

MethodDefinition chieu_method() {
  MethodDefinition d;
  d.name = "chieu2004";
  d.description = "Chieu & Lee 2004: sentences by interest around their date, burstiness keeps dates apart";
  d.parameters.integer("window_days", 10, 1, 366, "a sentence's interest counts sentences dated this many days either side")
      .number("extent_share", 0.8, 0.01, 1, "an event's extent is the window holding this share of its interest");
  d.make = [](const Parameters& p, const std::string*) {
    return std::make_unique<ChieuMethod>(int(p.get_integer("window_days")), p.get_number("extent_share"));
  };
  return d;
}

}  // namespace annals::tls
