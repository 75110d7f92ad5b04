// annals eval PRED.txt REF.txt [REF2.txt ...]: tilse's TLS metrics.
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>

#include "annals/eval/metrics.h"
#include "annals/eval/report.h"
#include "annals/eval/rouge_data.h"
#include "annals/eval/timeline_file.h"
#include "commands.h"
#include "output.h"

namespace annals::cli {

namespace {

struct EvalOptions {
  std::vector<std::string> files;  // prediction, then references
  std::string format = "table";
  std::string rouge_data;
};

// Reads one timeline, printing its warnings; nullopt when it is unreadable
// or holds no dated block at all.
std::optional<eval::TextTimeline> read_timeline(const std::string& path, bool& rejected) {
  try {
    eval::TimelineParse parse = eval::read_tilse_timeline(path);
    for (const std::string& warning : parse.warnings) std::fprintf(stderr, "warning: %s\n", warning.c_str());
    rejected = rejected || !parse.warnings.empty();
    if (parse.timeline.empty()) {
      std::fprintf(stderr, "annals: %s: no dated summary found (expected tilse's format: a YYYY-MM-DD line, "
                   "one sentence per line, a line of 32 '-')\n", path.c_str());
      return std::nullopt;
    }
    return std::move(parse.timeline);
  } catch (const std::runtime_error& e) {
    std::fprintf(stderr, "annals: %s\n", e.what());
    return std::nullopt;
  }
}

int run(const EvalOptions& options) {
  if (options.format != "table" && options.format != "json") {
    std::fprintf(stderr, "annals: unknown --format '%s' (expected table or json)\n", options.format.c_str());
    return 2;
  }
  std::optional<std::filesystem::path> dir;
  if (!options.rouge_data.empty()) dir = options.rouge_data;
  eval::RougeDataResult data = eval::find_rouge_data(dir);
  if (!data.data) {
    std::fprintf(stderr, "annals: %s\n", data.error.c_str());
    return 2;
  }
  bool rejected = false;
  std::vector<eval::TextTimeline> timelines;
  for (const std::string& path : options.files) {
    auto timeline = read_timeline(path, rejected);
    if (!timeline) return 2;
    timelines.push_back(std::move(*timeline));
  }
  eval::Evaluator evaluator(*data.data);
  eval::TaskScores scores = evaluator.evaluate(timelines[0], std::span(timelines).subspan(1));
  for (const std::string& warning : scores.warnings) std::fprintf(stderr, "warning: %s\n", warning.c_str());
  const std::string report = options.format == "json" ? eval::scores_to_json(scores) : eval::scores_to_table(scores);
  if (!write_output("", [&](std::ostream& out) { out << report; }, "annals eval")) return 2;
  return rejected ? 1 : 0;
}

}  // namespace

void register_eval_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand(
      "eval", "Score a predicted timeline against reference timelines with tilse's metrics (ROUGE-1/2, Date-F1)");
  command->add_option("PRED REF", options->files, "Predicted timeline, then one or more reference timelines "
                      "(tilse text format)")->required()->expected(2, -1);
  command->add_option("--format", options->format, "table or json")->capture_default_str();
  command->add_option("--rouge-data", options->rouge_data,
                      std::string("ROUGE-1.5.5 data folder (smart_common_words.txt, WordNet-2.0.exc.db); default: $") +
                          eval::kRougeDataEnv);
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace annals::cli
