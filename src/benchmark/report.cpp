#include "annals/benchmark.h"

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

namespace annals::benchmark {

namespace {

using eval::Variant;

const eval::Prf& ar1(const eval::TaskScores& s) { return s.rouge_1[Variant::kAlignDateContentCostsManyToOne]; }
const eval::Prf& ar2(const eval::TaskScores& s) { return s.rouge_2[Variant::kAlignDateContentCostsManyToOne]; }
const eval::Prf& concat1(const eval::TaskScores& s) { return s.rouge_1[Variant::kConcat]; }

std::string fixed(double value, int digits = 4) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, value);
  return buf;
}

std::string prf_cells(const eval::Prf& prf) {
  return fixed(prf.precision) + " | " + fixed(prf.recall) + " | " + fixed(prf.f1);
}

nlohmann::json prf_json(const eval::Prf& prf) {
  return {{"precision", prf.precision}, {"recall", prf.recall}, {"f1", prf.f1}};
}

void write_method_table(std::ostream& out, const std::string& name, const MethodResult& method) {
  out << "### " << name;
  // "### annals (lead_sentences=3, redundancy=0.2)": a run with parameters tells itself apart.
  for (auto it = method.parameters.begin(); it != method.parameters.end(); ++it)
    out << (it == method.parameters.begin() ? " (" : ", ") << it->first << '=' << it->second;
  out << (method.parameters.empty() ? "" : ")") << "\n\n"
      << "| dataset | topic | timeline | AR1 P | AR1 R | AR1 F | AR2 P | AR2 R | AR2 F | Date P | Date R | Date F "
         "| concat R1 F | s |\n"
      << "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const TaskResult& t : method.tasks)
    out << "| " << t.dataset << " | " << t.topic << " | " << t.timeline << " | " << prf_cells(ar1(t.scores)) << " | "
        << prf_cells(ar2(t.scores)) << " | " << prf_cells(t.scores.date) << " | " << fixed(concat1(t.scores).f1)
        << " | " << fixed(t.seconds, 3) << " |\n";
  const auto& a = method.average;
  out << "| **average** | | " << method.tasks.size() << " tasks | " << prf_cells(ar1(a)) << " | " << prf_cells(ar2(a))
      << " | " << prf_cells(a.date) << " | " << fixed(concat1(a).f1) << " | " << fixed(method.seconds, 3) << " |\n\n";
}

// What the oracle gave, so a table of oracle scores is never read as the methods' own.
void write_oracle_note(std::ostream& out, Oracle oracle) {
  if (oracle == Oracle::kDates)
    out << "Oracle: dates. Each method summarised the reference's dates instead of choosing its own; only its "
           "summaries are judged.\n\n";
  if (oracle == Oracle::kSentences)
    out << "Oracle: sentences. On each date a method chose that the reference has, the summary is the ideal one "
           "(greedy ROUGE-1 F1 against the reference's entry); only the dates are the method's own.\n\n";
  if (oracle == Oracle::kBoth)
    out << "Oracle: both. Each method summarised the reference's dates with the ideal sentences (greedy ROUGE-1 "
           "F1 against the reference's entry); nothing is the method's own but the dates it could fill.\n\n";
}

}  // namespace

void write_markdown_report(std::ostream& out, const BenchmarkResult& result) {
  write_oracle_note(out, result.oracle);
  for (const std::string& name : result.method_order) write_method_table(out, name, result.methods.at(name));
  out << "### Summary (news-tls averaging: mean P and R over tasks, F of the means)\n\n"
      << "| method | tasks | AR1-F | AR2-F | Date-F1 | concat R1-F | timeline s |\n|---|---|---|---|---|---|---|\n";
  for (const std::string& name : result.method_order) {
    const MethodResult& m = result.methods.at(name);
    out << "| " << name << " | " << m.tasks.size() << " | " << fixed(ar1(m.average).f1) << " | "
        << fixed(ar2(m.average).f1) << " | " << fixed(m.average.date.f1, 3) << " | " << fixed(concat1(m.average).f1)
        << " | " << fixed(m.seconds, 3) << " |\n";
  }
  const StageTiming& t = result.timing;
  out << "\nWall time per stage: load " << fixed(t.load, 2) << " s, analyse " << fixed(t.analyze, 2)
      << " s, timelines " << fixed(t.timeline, 2) << " s, evaluate " << fixed(t.evaluate, 2) << " s; peak RSS "
      << fixed(result.peak_rss_mb, 0) << " MiB.\n";
}

std::string json_report(const BenchmarkResult& result) {
  nlohmann::json methods = nlohmann::json::object();
  for (const auto& [name, method] : result.methods) {
    nlohmann::json tasks = nlohmann::json::array();
    for (const TaskResult& t : method.tasks)
      tasks.push_back({{"dataset", t.dataset},
                       {"topic", t.topic},
                       {"timeline", t.timeline},
                       {"ar1", prf_json(ar1(t.scores))},
                       {"ar2", prf_json(ar2(t.scores))},
                       {"date", prf_json(t.scores.date)},
                       {"concat_r1", prf_json(concat1(t.scores))},
                       {"seconds", t.seconds},
                       {"warnings", t.scores.warnings}});
    const auto& a = method.average;
    methods[name] = {{"parameters", method.parameters},
                     {"tasks", std::move(tasks)},
                     {"average",
                      {{"ar1", prf_json(ar1(a))},
                       {"ar2", prf_json(ar2(a))},
                       {"date", prf_json(a.date)},
                       {"concat_r1", prf_json(concat1(a))}}},
                     {"seconds", method.seconds}};
  }
  const StageTiming& t = result.timing;
  nlohmann::json document = {
      {"methods", std::move(methods)},
      {"timing", {{"load", t.load}, {"analyze", t.analyze}, {"timeline", t.timeline}, {"evaluate", t.evaluate}}},
      {"peak_rss_mb", result.peak_rss_mb}};
  if (result.oracle != Oracle::kNone) document["oracle"] = oracle_name(result.oracle);
  return document.dump(2) + "\n";
}

}  // namespace annals::benchmark
