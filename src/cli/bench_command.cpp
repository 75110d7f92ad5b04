// annals bench: run methods over a benchmark with the news-tls protocol.
#include <cstdio>
#include <memory>

#include "annals/benchmark.h"
#include "annals/error.h"
#include "commands.h"
#include "input.h"
#include "method_options.h"
#include "output.h"

namespace annals::cli {

namespace {

namespace fs = std::filesystem;

struct BenchOptions {
  std::string topics;
  std::string dataset;
  std::string topic;
  std::vector<std::string> methods;
  MethodOptions method_options;
  std::string json;
  std::string save_timelines;
  std::string rouge_data;
  std::string oracle = "none";
  int extend_days = 0;
  unsigned threads = 0;
  bool keep_comments = false;
  bool keep_boilerplate = false;
  bool quiet = false;
};

int run(const BenchOptions& options) {
  benchmark::RunOptions runner;
  try {
    check_params_declared(options.methods, options.method_options);
    for (const std::string& name : options.methods)
      runner.methods.push_back(method_spec(name, options.method_options, /*only_declared=*/true));
  } catch (const UsageError& e) {
    std::fprintf(stderr, "annals bench: %s\n", e.what());
    return 2;
  }
  Diagnostics diagnostics;
  std::vector<benchmark::Topic> topics = benchmark::read_topics_file(options.topics, diagnostics);
  const std::vector<benchmark::Topic> all_topics = topics;
  benchmark::filter_topics(topics, options.dataset, options.topic);
  for (const Diagnostic& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
  if (topics.empty()) {
    std::fprintf(stderr, "annals bench: no topic in '%s' matches the --dataset/--topic filter; topics: %s\n",
                 options.topics.c_str(), benchmark::describe_topics(all_topics).c_str());
    return 2;
  }
  eval::RougeDataResult rouge = eval::find_rouge_data(
      options.rouge_data.empty() ? std::nullopt : std::optional<fs::path>(options.rouge_data), {options.topics});
  if (!rouge.data) {
    std::fprintf(stderr, "annals bench: %s\n", rouge.error.c_str());
    return 2;
  }

  runner.prepare = {.extend_days = options.extend_days,
                    .threads = options.threads,
                    .keep_reader_comments = options.keep_comments,
                    .keep_boilerplate = options.keep_boilerplate};
  if (!options.save_timelines.empty()) runner.save_timelines = options.save_timelines;
  runner.oracle = benchmark::parse_oracle(options.oracle);  // CLI11 checked the name
  Diagnostics run_diagnostics;
  benchmark::BenchmarkResult result = benchmark::run_benchmark(topics, runner, *rouge.data, run_diagnostics);
  for (const Diagnostic& d : run_diagnostics.all())
    if (d.severity == Diagnostic::Severity::kError || !options.quiet) std::fprintf(stderr, "%s\n", d.to_string().c_str());

  if (!write_output("", [&](std::ostream& out) { benchmark::write_markdown_report(out, result); }, "annals bench"))
    return 2;
  if (!options.json.empty() &&
      !write_output(options.json, [&](std::ostream& out) { out << benchmark::json_report(result); }, "annals bench"))
    return 2;
  return diagnostics.has_errors() || run_diagnostics.has_errors() ? 1 : 0;
}

}  // namespace

void register_bench_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<BenchOptions>();
  CLI::App* command = app.add_subcommand(
      "bench", "Run methods over a TLS benchmark (news-tls protocol) and score them with the tilse metrics");
  command->add_option("--topics", options->topics, "Topics file (dataset, topic, language, folders, keywords)")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--dataset", options->dataset, "Only topics of this dataset (e.g. t17-dev)");
  command->add_option("--topic", options->topic, "Only this topic (e.g. bpoil)");
  command->add_option("--method", options->methods, "Methods to run, comma-separated")
      ->required()
      ->delimiter(',')
      ->allow_extra_args(false);
  add_method_options(*command, options->method_options);
  command->add_option("--json", options->json, "Write full results as JSON to this file");
  command->add_option("--save-timelines", options->save_timelines,
                      "Write predicted timelines to DIR/<method>/<dataset>/<topic>/<timeline>.txt");
  command->add_option("--extend-days", options->extend_days, "Widen each task's input window by N days each side")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  command->add_option("--rouge-data", options->rouge_data,
                      "ROUGE-1.5.5 data folder (smart_common_words.txt + WordNet-2.0.exc.db); default "
                      "$ANNALS_ROUGE_DATA");
  command->add_option("--oracle", options->oracle,
                      "Show where the headroom is (issue 11; docs/methods.md, \"Oracles\"). none: the methods' own "
                      "timelines. dates: each method summarises the reference's dates (L = their "
                      "number) instead of choosing its own, so only its summaries are judged. sentences: each "
                      "method's own dates, each date's summary the ideal one (greedy ROUGE-1 F1 against the "
                      "reference entry of that date, from the sentences that name it or come from articles "
                      "published on it or the day after; a date not in the reference keeps the method's "
                      "sentences), so only its dates are judged. both: the reference's dates with ideal "
                      "sentences, the ceiling of the two")
      ->capture_default_str()
      ->check(CLI::IsMember({"none", "dates", "sentences", "both"}));
  command->add_option("--threads", options->threads, "Worker threads (0: all cores)")->capture_default_str();
  command->add_flag("--keep-comments", options->keep_comments, kKeepCommentsHelp);
  command->add_flag("--keep-boilerplate", options->keep_boilerplate, kKeepBoilerplateHelp);
  command->add_flag("-q,--quiet", options->quiet, "Show errors only, no warnings about the inputs");
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace annals::cli
