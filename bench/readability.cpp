// bench_readability: what a reader notices in the timelines of every method
// (issue 10). Runs each method over every task of the chosen datasets with
// the news-tls protocol (annals' benchmark runner: leave-one-topic-out
// models, the Engine facade) and counts per 100 summary sentences each
// defect class of src/readability (repeats across and within dates,
// boilerplate, wire datelines, glued furniture, half quotations, overlong sentences,
// fragments, day entries from coarser mentions), next to the scores. Prints
// a table per dataset and writes JSON.
//
//   bench_readability --topics FILE [--dataset D[,D2...]] [--method M[,M2...]]
//                     [--param NAME=VALUE]... [--json FILE] [--threads N] [--rouge-data DIR]
//                     [--keep-boilerplate]
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "annals/benchmark.h"
#include "annals/error.h"
#include "annals/eval/rouge_data.h"
#include "annals/method.h"
#include "readability/timeline_defects.h"

namespace {

using namespace annals;
namespace fs = std::filesystem;
using readability::Defect;
using readability::DefectCounts;

struct Options {
  std::string topics, json, rouge_data;
  std::vector<std::string> datasets, methods, params;
  unsigned threads = 0;
  std::size_t examples = 0;  // flagged sentences shown per class and method, for reading the detectors
  bool keep_boilerplate = false;  // what the timelines were before learned boilerplate was left out
  bool quiet = false;
};

struct MethodRow {
  std::string method;
  DefectCounts defects;
  eval::TaskScores scores;  // news-tls average over the dataset's tasks
  std::size_t tasks = 0;
};

const eval::Prf& ar(const eval::RougeScores& r) { return r[eval::Variant::kAlignDateContentCostsManyToOne]; }

// Each --param goes to each method that declares it, as in `annals bench`.
std::vector<MethodSpec> method_specs(const Options& options) {
  std::vector<MethodSpec> specs;
  for (const std::string& name : options.methods) {
    MethodSpec spec;
    spec.name = name;
    const MethodInfo* info = find_method(name);
    for (const std::string& assignment : options.params) {
      MethodSpec one;
      one.set(assignment);
      const auto& [parameter, value] = *one.parameters.begin();
      if (info && std::any_of(info->parameters.begin(), info->parameters.end(),
                              [&](const ParameterInfo& p) { return p.name == parameter; }))
        spec.parameters[parameter] = value;
    }
    specs.push_back(std::move(spec));
  }
  return specs;
}

// --rouge-data, else ANNALS_ROUGE_DATA, else eval/resources of the shared
// layout above the topics file (as `annals bench` looks).
eval::RougeDataResult rouge_data_for(const Options& options) {
  return eval::find_rouge_data(
      options.rouge_data.empty() ? std::nullopt : std::optional<fs::path>(options.rouge_data), {options.topics});
}

// Up to `limit` flagged sentences per class on stderr.
void print_examples(const std::string& method, const std::vector<benchmark::TaskResult>& tasks, std::size_t limit) {
  std::array<std::size_t, readability::kDefectClasses> shown{};
  for (const benchmark::TaskResult& task : tasks) {
    auto classes = readability::classify_sentences(task.predicted);
    std::size_t i = 0;
    for (const TimelineEntry& entry : task.predicted.entries)
      for (const TimelineSentence& s : entry.sentences) {
        for (Defect d : classes[i])
          if (shown[std::size_t(d)]++ < limit)
            std::fprintf(stderr, "%s %s %s: %s\n", method.c_str(), std::string(readability::defect_name(d)).c_str(),
                         entry.date.to_string().c_str(), s.text.c_str());
        ++i;
      }
  }
}

std::vector<MethodRow> run_dataset(const std::vector<benchmark::Topic>& topics, const Options& options,
                                   const eval::RougeData& rouge) {
  benchmark::RunOptions run;
  run.methods = method_specs(options);
  run.prepare.threads = options.threads;
  run.prepare.keep_boilerplate = options.keep_boilerplate;
  run.keep_timelines = true;
  Diagnostics diagnostics;
  benchmark::BenchmarkResult result = benchmark::run_benchmark(topics, run, rouge, diagnostics);
  for (const Diagnostic& d : diagnostics.all())
    if (!options.quiet || d.severity == Diagnostic::Severity::kError) std::fprintf(stderr, "%s\n", d.to_string().c_str());
  std::vector<MethodRow> rows;
  for (const std::string& name : result.method_order) {
    const benchmark::MethodResult& m = result.methods.at(name);
    MethodRow row{name, {}, m.average, m.tasks.size()};
    for (const benchmark::TaskResult& task : m.tasks) row.defects += readability::count_defects(task.predicted);
    if (options.examples > 0) print_examples(name, m.tasks, options.examples);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string fixed(double value, int digits) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

void print_table(const std::string& dataset, const std::vector<MethodRow>& rows) {
  std::cout << "### " << dataset << " (defects per 100 summary sentences)\n\n| method | tasks | sentences | ";
  for (std::size_t c = 0; c < readability::kDefectClasses; ++c) {
    std::string name(readability::defect_name(Defect(c)));
    std::replace(name.begin(), name.end(), '_', ' ');
    std::cout << name << " | ";
  }
  std::cout << "any defect | AR1-F | AR2-F | Date-F1 |\n|---|---|---|";
  for (std::size_t c = 0; c < readability::kDefectClasses + 4; ++c) std::cout << "---|";
  std::cout << "\n";
  for (const MethodRow& r : rows) {
    std::cout << "| " << r.method << " | " << r.tasks << " | " << r.defects.sentences << " | ";
    for (std::size_t c = 0; c < readability::kDefectClasses; ++c) std::cout << fixed(r.defects.per_100(Defect(c)), 1) << " | ";
    std::cout << fixed(r.defects.defective_per_100(), 1) << " | " << fixed(ar(r.scores.rouge_1).f1, 4) << " | "
              << fixed(ar(r.scores.rouge_2).f1, 4) << " | " << fixed(r.scores.date.f1, 3) << " |\n";
  }
  std::cout << "\n";
}

nlohmann::ordered_json row_json(const MethodRow& r) {
  nlohmann::ordered_json counts, per_100;
  for (std::size_t c = 0; c < readability::kDefectClasses; ++c) {
    const std::string name(readability::defect_name(Defect(c)));
    counts[name] = r.defects.by_class[c];
    per_100[name] = r.defects.per_100(Defect(c));
  }
  return {{"tasks", r.tasks},
          {"sentences", r.defects.sentences},
          {"entries", r.defects.entries},
          {"counts", counts},
          {"per_100", per_100},
          {"defective_sentences", r.defects.defective_sentences},
          {"defective_per_100", r.defects.defective_per_100()},
          {"ar1_f", ar(r.scores.rouge_1).f1},
          {"ar2_f", ar(r.scores.rouge_2).f1},
          {"date_f1", r.scores.date.f1}};
}

int run(Options options) {
  Diagnostics diagnostics;
  std::vector<benchmark::Topic> all = benchmark::read_topics_file(options.topics, diagnostics);
  if (options.methods.empty())
    for (const MethodInfo& info : methods()) options.methods.push_back(info.name);
  if (options.datasets.empty())
    for (const benchmark::Topic& t : all)
      if (std::find(options.datasets.begin(), options.datasets.end(), t.dataset) == options.datasets.end())
        options.datasets.push_back(t.dataset);
  eval::RougeDataResult rouge = rouge_data_for(options);
  if (!rouge.data) {
    std::fprintf(stderr, "bench_readability: %s\n", rouge.error.c_str());
    return 2;
  }
  nlohmann::ordered_json report = {{"datasets", nlohmann::ordered_json::object()}};
  for (const std::string& dataset : options.datasets) {
    std::vector<benchmark::Topic> topics = all;
    benchmark::filter_topics(topics, dataset, "");
    if (topics.empty()) {
      std::fprintf(stderr, "bench_readability: no topic of dataset '%s' in %s\n", dataset.c_str(), options.topics.c_str());
      return 2;
    }
    std::vector<MethodRow> rows = run_dataset(topics, options, *rouge.data);
    print_table(dataset, rows);
    for (const MethodRow& r : rows) report["datasets"][dataset]["methods"][r.method] = row_json(r);
  }
  if (!options.json.empty()) {
    std::ofstream out(options.json);
    out << report.dump(2) << "\n";
    if (!out) {
      std::fprintf(stderr, "bench_readability: cannot write %s\n", options.json.c_str());
      return 2;
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Defects per 100 summary sentences, per method and dataset (issue 10)"};
  Options options;
  app.add_option("--topics", options.topics, "Topics file (dataset, topic, language, folders, keywords)")
      ->required()
      ->check(CLI::ExistingFile);
  app.add_option("--dataset", options.datasets, "Datasets to run, comma-separated (default: all of the file)")
      ->delimiter(',');
  app.add_option("--method", options.methods, "Methods to run, comma-separated (default: every registered one)")
      ->delimiter(',');
  app.add_option("--param", options.params, "Method parameter NAME=VALUE for each method that has it (repeatable)");
  app.add_option("--json", options.json, "Write the counts and scores as JSON to this file");
  app.add_option("--threads", options.threads, "Worker threads (0: all cores)");
  app.add_option("--rouge-data", options.rouge_data, "ROUGE-1.5.5 data folder; default $ANNALS_ROUGE_DATA");
  app.add_option("--examples", options.examples, "Show up to N flagged sentences per class and method on stderr");
  app.add_flag("--keep-boilerplate", options.keep_boilerplate,
               "Keep the sentences an outlet repeats across its stories (annals bench --keep-boilerplate)");
  app.add_flag("-q,--quiet", options.quiet, "Show errors only, no warnings about the inputs");
  CLI11_PARSE(app, argc, argv);
  try {
    return run(std::move(options));
  } catch (const Error& e) {
    std::fprintf(stderr, "bench_readability: %s\n", e.what());
    return 2;
  }
}
