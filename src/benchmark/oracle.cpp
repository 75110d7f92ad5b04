#include "benchmark/oracle.h"

#include "annals/error.h"
#include "benchmark/ideal_sentences.h"

namespace annals::benchmark {

std::string oracle_name(Oracle oracle) {
  switch (oracle) {
    case Oracle::kDates: return "dates";
    case Oracle::kSentences: return "sentences";
    case Oracle::kBoth: return "both";
    case Oracle::kNone: break;
  }
  return "none";
}

Oracle parse_oracle(const std::string& name) {
  for (Oracle oracle : {Oracle::kNone, Oracle::kDates, Oracle::kSentences, Oracle::kBoth})
    if (oracle_name(oracle) == name) return oracle;
  throw UsageError("unknown oracle '" + name + "'; available: none, dates, sentences, both");
}

Timeline oracle_timeline(const Engine& articles, const Task& task, const MethodSpec& spec, Oracle oracle,
                         const eval::RougeData& rouge_data) {
  TimelineRequest request = task.request;
  if (oracle == Oracle::kDates || oracle == Oracle::kBoth)
    for (const auto& [date, summary] : task.reference.dates) request.given_dates.insert(date);
  if (oracle == Oracle::kSentences || oracle == Oracle::kBoth) {
    IdealSentences ideal(rouge_data, task.reference, task.request.sentences);
    return articles.timeline(request, spec,
                             [&](Date day, const std::vector<std::string>& pool) { return ideal.choose(day, pool); });
  }
  return articles.timeline(request, spec);
}

}  // namespace annals::benchmark
