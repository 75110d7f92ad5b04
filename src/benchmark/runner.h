// Runs timeline methods over benchmark tasks with the news-tls protocol and
// scores them with the tilse metrics.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "annals/diagnostics.h"
#include "annals/eval/metrics.h"
#include "annals/eval/rouge_data.h"
#include "annals/method.h"
#include "benchmark/task.h"
#include "benchmark/topics_file.h"

namespace annals::benchmark {

// How a topic's articles are read and analysed.
struct PrepareOptions {
  int extend_days = 0;   // widen each task's input window by this many days each side
  unsigned threads = 0;  // 0: one per hardware thread
  bool keep_reader_comments = false;
};

struct RunnerOptions {
  std::vector<std::string> methods;
  PrepareOptions prepare;  // its thread count also bounds the parallel tasks
  // When set, predicted timelines go to DIR/<method>/<dataset>/<topic>/<timeline>.txt (tilse format).
  std::optional<std::filesystem::path> save_timelines;
};

struct TaskResult {
  std::string dataset, topic, timeline;
  eval::TaskScores scores;  // all variants; the report shows m:1 AR-1/AR-2, date and concat R-1
  double seconds = 0;       // building the timeline (evaluation excluded)
};

struct MethodResult {
  std::vector<TaskResult> tasks;  // in topic-file order
  eval::TaskScores average;       // news-tls averaging
  double seconds = 0;             // sum of the tasks' timeline seconds
};

struct StageTiming {
  double load = 0, analyze = 0, timeline = 0, evaluate = 0;  // wall seconds per stage
};

struct BenchmarkResult {
  std::map<std::string, MethodResult> methods;
  std::vector<std::string> method_order;  // as requested
  StageTiming timing;
  double peak_rss_mb = 0;
};

// A topic after loading and analysis, with its tasks.
struct PreparedTopic {
  const Topic* topic = nullptr;
  Corpus corpus;
  std::vector<Task> tasks;
};

// Chooses the MethodConfig of one (method, task) run, seeing every prepared
// topic: this is how supervised methods are trained leave-one-topic-out.
// Called from one thread, before the runs start. Default: MethodConfig{}.
using ConfigProvider = std::function<MethodConfig(const std::string& method, const Task& task,
                                                  const std::vector<PreparedTopic>& topics)>;

// Loads each topic's articles inside the window of its tasks and analyses
// them; topics without a usable reference are reported and left out.
std::vector<PreparedTopic> prepare_topics(const std::vector<Topic>& topics, const PrepareOptions& options,
                                          Diagnostics& diagnostics, StageTiming& timing);

// Loads and analyses each topic once, runs every method on every task of it
// (tasks in parallel) and scores the results. Problems with inputs go to
// `diagnostics`; unknown methods must have been rejected by the caller.
BenchmarkResult run_benchmark(const std::vector<Topic>& topics, const RunnerOptions& options,
                              const eval::RougeData& rouge_data, Diagnostics& diagnostics,
                              const ConfigProvider& configs = {});

}  // namespace annals::benchmark
