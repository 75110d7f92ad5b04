// Benchmarks with the news-tls protocol: topics files, runs of methods over
// their tasks scored with the tilse metrics, reports, and training
// supervised methods on topics.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "annals/diagnostics.h"
#include "annals/eval/metrics.h"
#include "annals/eval/rouge_data.h"
#include "annals/method.h"
#include "annals/timeline.h"

namespace annals::benchmark {

struct Topic {
  std::string dataset;   // e.g. "t17-dev"
  std::string name;      // e.g. "bpoil"
  std::string language;  // e.g. "en"
  std::vector<std::filesystem::path> folders;  // resolved against the topics file's folder
  std::vector<std::string> keywords;
};

// Reads a TSV with columns dataset, topic, language, input folders (space
// separated, relative to the file's own folder), keywords (comma separated).
// Lines starting with '#' and blank lines are skipped; malformed lines are
// reported in `diagnostics` and skipped.
std::vector<Topic> read_topics_file(const std::filesystem::path& path, Diagnostics& diagnostics);

// Keeps the topics of `dataset` and named `topic` (names compared without
// regard to case); an empty filter keeps all.
void filter_topics(std::vector<Topic>& topics, const std::string& dataset, const std::string& topic);

// "dataset/topic, ..." for messages; "none" when empty.
std::string describe_topics(const std::vector<Topic>& topics);

// How a topic's articles are read and analysed.
struct PrepareOptions {
  int extend_days = 0;   // widen each task's input window by this many days each side
  unsigned threads = 0;  // 0: one per hardware thread; also bounds the parallel tasks
  bool keep_reader_comments = false;
  bool keep_boilerplate = false;  // each task's TimelineRequest::keep_boilerplate
};

// What a run gives every method to show where the headroom is (issue 11):
// nothing; the reference's dates, which the method summarises instead of
// choosing its own, so only its summaries are judged; or, on the dates the
// method chose, the ideal sentences for each date (IdealSentences, greedy
// ROUGE-1 F1 against the reference's entry), so only its dates are judged;
// or both (ideal sentences on the reference dates: the ceiling of the greedy).
enum class Oracle { kNone, kDates, kSentences, kBoth };
// "none", "dates", "sentences", "both".
std::string oracle_name(Oracle oracle);
// Throws UsageError naming the valid names.
Oracle parse_oracle(const std::string& name);

struct RunOptions {
  // Each method runs on every task. A supervised method whose spec names no
  // model is trained leave-one-topic-out: a task's model never saw its topic.
  std::vector<MethodSpec> methods;
  PrepareOptions prepare;
  // When set, predicted timelines go to DIR/<method>/<dataset>/<topic>/<timeline>.txt (tilse format).
  std::optional<std::filesystem::path> save_timelines;
  // When set, each TaskResult keeps the predicted timeline (for tools that
  // read it, such as bench/readability).
  bool keep_timelines = false;
  Oracle oracle = Oracle::kNone;
};

struct TaskResult {
  std::string dataset, topic, timeline;
  eval::TaskScores scores;  // all variants; the report shows m:1 AR-1/AR-2, date and concat R-1
  double seconds = 0;       // building the timeline (evaluation excluded)
  Timeline predicted;       // with RunOptions::keep_timelines
};

struct MethodResult {
  // The parameters the run gave the method (NAME -> VALUE as given); the
  // others took their defaults (`annals methods`).
  std::map<std::string, std::string> parameters;
  std::vector<TaskResult> tasks;  // in topic-file order
  eval::TaskScores average;       // news-tls averaging
  double seconds = 0;             // sum of the tasks' timeline seconds
};

struct StageTiming {
  double load = 0, analyze = 0, timeline = 0, evaluate = 0;  // wall seconds per stage
};

struct BenchmarkResult {
  std::map<std::string, MethodResult> methods;  // by method name
  std::vector<std::string> method_order;        // as requested
  Oracle oracle = Oracle::kNone;                // the run's RunOptions::oracle
  StageTiming timing;
  double peak_rss_mb = 0;
};

// Loads and analyses each topic once, runs every method on every task of it
// (tasks in parallel) and scores the results. Problems with inputs go to
// `diagnostics`. Throws UsageError for an invalid method spec.
BenchmarkResult run_benchmark(const std::vector<Topic>& topics, const RunOptions& options,
                              const eval::RougeData& rouge_data, Diagnostics& diagnostics);

// Per method: a table of tasks with AR-1, AR-2 (many-to-one alignment), Date
// and concat ROUGE-1, then the news-tls average; then a summary table of all
// methods and the stage timings. A run with an oracle says so first.
void write_markdown_report(std::ostream& out, const BenchmarkResult& result);

// {"methods": {M: {"tasks": [...], "average": {...}, "seconds": s}},
//  "timing": {"load", "analyze", "timeline", "evaluate"}, "peak_rss_mb": m}
// plus "oracle": "dates" or "sentences" for a run with an oracle.
std::string json_report(const BenchmarkResult& result);

struct TrainedModel {
  std::string json;         // the model, as the `model` parameter reads it
  std::size_t tasks = 0;    // reference timelines it was fitted on
  std::string topics;       // "dataset/topic,..." for people
};

// Fits a supervised method on every reference timeline of `topics`. Problems
// with inputs go to `diagnostics`; throws UsageError for an unsupervised
// method and Error when the topics give nothing to learn from.
TrainedModel train_on_topics(const MethodSpec& method, const std::vector<Topic>& topics,
                             const PrepareOptions& options, Diagnostics& diagnostics);

}  // namespace annals::benchmark
