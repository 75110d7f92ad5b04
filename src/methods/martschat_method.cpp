// Martschat & Markert: timeline summarization as one submodular objective
// over all sentences, whose date terms spread the summary over time.
#include "methods/martschat_method.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "candidates/dated_sentences.h"


namespace annals::tls {

namespace {

// The objective's terms, normalised as tilse does; dates are numbered.
struct Objective {
  std::vector<double> coverage;    // per sentence: row sum of similarities / sum of all
  std::vector<double> reward;      // per sentence: row sum / sum over dates of sqrt(date's row sums)
  std::vector<std::size_t> date;   // per sentence: its date's number
  std::vector<Date> dates;         // by number
  std::vector<double> reference;   // by number: share of the day references made to it
};

Objective objective_of(const DatedSentences& input, std::size_t vocabulary) {
  const std::size_t n = input.sentences.size();
  Objective o;
  std::map<Date, std::size_t> number;
  for (const ReferencedDate& d : input.dates)
    if (number.emplace(d.date, o.dates.size()).second) o.dates.push_back(d.date);
  for (const ReferencedDate& d : input.dates) o.date.push_back(number[d.date]);

  // Row sums of the cosine matrix are dot products with the sum of all
  // vectors, which keeps this linear in the number of sentences.
  std::vector<double> total(vocabulary, 0.0);
  for (const SparseVector& v : input.vectors)
    for (auto [t, w] : v) total[t] += w;
  std::vector<double> row(n, 0.0), per_date(o.dates.size(), 0.0);
  o.reference.assign(o.dates.size(), 0.0);
  double all = 0, references = 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (auto [t, w] : input.vectors[i]) row[i] += w * total[t];
    all += row[i];
    per_date[o.date[i]] += row[i];
    if (input.dates[i].granularity == Granularity::kDay && input.dates[i].date != input.published[i])
      o.reference[o.date[i]] += 1, references += 1;
  }
  double diversity_norm = 0;
  for (double sum : per_date) diversity_norm += std::sqrt(sum);
  for (std::size_t i = 0; i < n; ++i) {
    o.coverage.push_back(all > 0 ? row[i] / all : 0);
    o.reward.push_back(diversity_norm > 0 ? row[i] / diversity_norm : 0);
  }
  if (references > 0)
    for (double& r : o.reference) r /= references;
  return o;
}

}  // namespace

Selection MartschatMethod::build(const Corpus& corpus, const TimelineRequest& request) const {
  DatedSentences input = dated_sentences(corpus, request);
  Objective o = objective_of(input, corpus.vocabulary_size());
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < input.sentences.size(); ++i)
    if (request.may_show(input.dates[i].date)) open.push_back(i);

  std::vector<std::vector<std::uint32_t>> chosen(o.dates.size());
  std::vector<double> date_sum(o.dates.size(), 0.0);  // summed rewards of chosen sentences
  // A month's or year's sentences share the number of its first day with
  // that day's own sentences; the entry is as fine as its finest sentence.
  std::vector<Granularity> granularity(o.dates.size(), Granularity::kDecade);
  std::size_t dates_used = 0;
  TimelineGuard guard(corpus, sentence_rules());
  auto allowed = [&](std::size_t i) {
    const auto& on_date = chosen[o.date[i]];
    return on_date.empty() ? dates_used < request.dates : on_date.size() < request.sentences;
  };
  auto gain = [&](std::size_t i) {
    std::size_t d = o.date[i];
    double g = o.coverage[i] + std::sqrt(date_sum[d] + o.reward[i]) - std::sqrt(date_sum[d]);
    return chosen[d].empty() && date_references_ ? g + o.reference[d] : g;
  };
  while (request.sentences > 0) {
    std::erase_if(open, [&](std::size_t i) { return !allowed(i); });
    if (open.empty()) break;
    auto best = open.begin();
    double best_gain = gain(*best);
    for (auto it = open.begin() + 1; it != open.end(); ++it)
      if (double g = gain(*it); g > best_gain) best = it, best_gain = g;
    // A refused sentence is out for good; the next greedy step takes the runner-up.
    if (!guard.admits(input.sentences[*best], o.dates[o.date[*best]], input.dates[*best].granularity)) {
      open.erase(best);
      continue;
    }
    guard.take(input.sentences[*best], o.dates[o.date[*best]]);
    std::size_t d = o.date[*best];
    if (chosen[d].empty()) ++dates_used;
    chosen[d].push_back(input.sentences[*best]);
    granularity[d] = std::min(granularity[d], input.dates[*best].granularity);
    date_sum[d] += o.reward[*best];
    open.erase(best);
  }

  Selection timeline;
  for (std::size_t d = 0; d < o.dates.size(); ++d)
    if (!chosen[d].empty()) timeline.entries.push_back({o.dates[d], std::move(chosen[d]), granularity[d]});
  sort_chronologically(timeline);
  return timeline;
}

MethodDefinition martschat_method() {
  MethodDefinition d;
  d.name = "martschat2018";
  d.description = "Martschat & Markert 2018: submodular coverage, temporal diversity, date references";
  d.parameters.boolean("date_references", true, "reward the first sentence of a date by how often articles refer to it");
  d.make = [](const Parameters& p, const std::string*) {
    return std::make_unique<MartschatMethod>(p.get_boolean("date_references"));
  };
  return d;
}

}  // namespace annals::tls
