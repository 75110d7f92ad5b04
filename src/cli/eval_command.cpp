// annals eval PRED.txt REF.txt [REF2.txt ...]: tilse's TLS metrics.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>

#include "annals/eval/metrics.h"
#include "annals/eval/report.h"
#include "annals/eval/rouge_data.h"
#include "annals/eval/timeline_file.h"
#include "annals/loader.h"
#include "commands.h"
#include "output.h"

namespace annals::cli {

namespace {

// The alignment variants solve assignment problems whose time grows about
// cubically with the dates (about 12 s at 2,000 dates a side, minutes at
// 5,000); real timelines have tens to hundreds. Past the limit eval refuses
// up front instead of seeming to hang.
constexpr std::size_t kDefaultMaxDates = 2000;

struct EvalOptions {
  std::vector<std::string> files;  // prediction, then references
  std::string format = "table";
  std::string rouge_data;
  std::size_t max_dates = kDefaultMaxDates;
};

// annals' own outputs read back: `--format json` opens with '{', `text`
// with a `date YYYY-MM-DD` line; anything else is tilse's format.
enum class TimelineKind { kTilse, kAnnalsText, kAnnalsJson };

TimelineKind kind_of(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return TimelineKind::kTilse;
  if (text[first] == '{') return TimelineKind::kAnnalsJson;
  std::string_view line = text.substr(first, text.find_first_of("\r\n", first) - first);
  const bool date_line = line.starts_with("date ") && has_iso_date_shape(line.substr(5));
  return date_line ? TimelineKind::kAnnalsText : TimelineKind::kTilse;
}

// annals text output through the text reader: each paragraph is a sentence
// of the date above it; the reader's diagnostics name file and line.
eval::TimelineParse read_annals_text(const std::string& path) {
  LoadOptions options;
  options.format = InputFormat::kText;
  const LoadResult read = load_articles({path}, options);
  eval::TimelineParse parse;
  for (const Article& article : read.articles) parse.timeline.dates[article.published].push_back(article.text);
  for (const Diagnostic& d : read.diagnostics.all()) parse.warnings.push_back(d.to_string());
  return parse;
}

eval::TimelineParse parse_timeline_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) throw std::runtime_error("cannot read file");
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  switch (kind_of(text)) {
    case TimelineKind::kAnnalsText: return read_annals_text(path);
    case TimelineKind::kAnnalsJson: {
      eval::TimelineParse parse = eval::parse_json_timeline(text);
      for (std::string& warning : parse.warnings) warning = path + ": " + warning;
      return parse;
    }
    case TimelineKind::kTilse: break;
  }
  eval::TimelineParse parse = eval::parse_tilse_timeline(text);
  for (std::string& warning : parse.warnings) warning = path + ": " + warning;
  return parse;
}

// Reads one timeline, printing its warnings; nullopt when it is unreadable
// or holds no dated block at all.
std::optional<eval::TextTimeline> read_timeline(const std::string& path, bool& rejected) {
  try {
    eval::TimelineParse parse = parse_timeline_file(path);
    for (const std::string& warning : parse.warnings) std::fprintf(stderr, "warning: %s\n", warning.c_str());
    rejected = rejected || !parse.warnings.empty();
    if (parse.timeline.empty()) {
      std::fprintf(stderr, "annals: %s: no dated summary found (expected annals' text or json output, or tilse's "
                   "format: a YYYY-MM-DD line, one sentence per line, a line of 32 '-')\n", path.c_str());
      return std::nullopt;
    }
    return std::move(parse.timeline);
  } catch (const std::runtime_error& e) {
    std::fprintf(stderr, "annals: %s: %s\n", path.c_str(), e.what());
    return std::nullopt;
  }
}

// The prediction and the union of the references' dates (what the cost
// matrices are built over) must each stay within --max-dates.
bool within_date_limit(const EvalOptions& options, const std::vector<eval::TextTimeline>& timelines) {
  std::set<Date> ref_dates;
  for (std::size_t k = 1; k < timelines.size(); ++k)
    for (const auto& entry : timelines[k].dates) ref_dates.insert(entry.first);
  const std::pair<const char*, std::size_t> sides[] = {{"the prediction has", timelines[0].dates.size()},
                                                       {"the references have", ref_dates.size()}};
  for (const auto& [side, dates] : sides) {
    if (dates <= options.max_dates) continue;
    std::fprintf(stderr, "annals: eval: %s %zu dates, more than the limit of %zu: the alignment metrics take "
                 "time about cubic in the dates; raise the limit with --max-dates N\n", side,
                 dates, options.max_dates);
    return false;
  }
  return true;
}

int run(const EvalOptions& options) {
  if (options.format != "table" && options.format != "json") {
    std::fprintf(stderr, "annals: unknown --format '%s' (expected table or json)\n", options.format.c_str());
    return 2;
  }
  std::optional<std::filesystem::path> dir;
  if (!options.rouge_data.empty()) dir = options.rouge_data;
  // As bench does, the shared layout's data is found above the references.
  const std::vector<std::filesystem::path> references(options.files.begin() + 1, options.files.end());
  eval::RougeDataResult data = eval::find_rouge_data(dir, references);
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
  if (!within_date_limit(options, timelines)) return 2;
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
                      "(tilse's format, or annals' text or json output)")->required()->expected(2, -1);
  command->add_option("--format", options->format, "table or json")->capture_default_str();
  command->add_option("--rouge-data", options->rouge_data,
                      std::string("ROUGE-1.5.5 data folder (smart_common_words.txt, WordNet-2.0.exc.db); default: $") +
                          eval::kRougeDataEnv + ", else eval/resources in a folder above a reference");
  command->add_option("--max-dates", options->max_dates,
                      "Refuse timelines with more dates than this (the prediction, or the references together): "
                      "the alignment metrics take time about cubic in the dates")
      ->capture_default_str()->check(CLI::PositiveNumber);
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace annals::cli
