#include "benchmark/runner.h"

#include <atomic>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include "annals/loader.h"
#include "benchmark/resource_usage.h"

namespace annals::benchmark {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

eval::TextTimeline to_text_timeline(const Timeline& timeline, const Corpus& corpus) {
  eval::TextTimeline text;
  for (const TimelineEntry& entry : timeline.entries) {
    auto& summary = text.dates[entry.date];
    for (std::uint32_t s : entry.sentences) summary.push_back(corpus.sentences()[s].text);
  }
  return text;
}

}  // namespace

std::vector<PreparedTopic> prepare_topics(const std::vector<Topic>& topics, const PrepareOptions& options,
                                          Diagnostics& diagnostics, StageTiming& timing) {
  std::vector<PreparedTopic> prepared;
  for (const Topic& topic : topics) {
    std::vector<Task> tasks = make_tasks(topic, options.extend_days, diagnostics);
    if (tasks.empty()) continue;
    auto start = Clock::now();
    LoadOptions load_options;
    load_options.default_language = topic.language;
    std::vector<std::string> inputs;
    for (const fs::path& folder : topic.folders) inputs.push_back(folder.string());
    LoadResult loaded = load_articles(inputs, load_options);
    diagnostics.append(loaded.diagnostics);
    // Only articles some task can see are analysed.
    Date first = *tasks.front().request.from, last = *tasks.front().request.to;
    for (const Task& task : tasks) first = std::min(first, *task.request.from), last = std::max(last, *task.request.to);
    std::erase_if(loaded.articles, [&](const Article& a) { return a.published < first || a.published > last; });
    timing.load += seconds_since(start);

    start = Clock::now();
    AnalyzeOptions analyze_options;
    analyze_options.threads = options.threads;
    analyze_options.keep_reader_comments = options.keep_reader_comments;
    prepared.push_back({&topic, Corpus::analyze(std::move(loaded.articles), analyze_options), std::move(tasks)});
    timing.analyze += seconds_since(start);
    const ReaderComments& comments = prepared.back().corpus.reader_comments();
    if (comments.sentences > 0)
      diagnostics.warning(topic.dataset + "/" + topic.name, 0,
                          "left out " + std::to_string(comments.sentences) + " sentence(s) of reader comments in " +
                              std::to_string(comments.articles) + " article(s); --keep-comments keeps them");
  }
  // Tasks point at their topic; keep those pointers valid after the moves above.
  for (PreparedTopic& p : prepared)
    for (Task& task : p.tasks) task.topic = p.topic;
  return prepared;
}

namespace {

void save_timeline(const fs::path& dir, const std::string& method, const Task& task, const Timeline& timeline,
                   const Corpus& corpus, Diagnostics& diagnostics) {
  fs::path path = dir / method / task.topic->dataset / task.topic->name / (task.timeline + ".txt");
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path);
  out << eval::to_tilse_text(to_text_timeline(timeline, corpus));
  if (!out) diagnostics.error(path.string(), 0, "cannot write predicted timeline");
}

struct Job {
  std::size_t method, topic, task;
  MethodConfig config;
  TaskResult result;
  Timeline timeline;
};

}  // namespace

BenchmarkResult run_benchmark(const std::vector<Topic>& topics, const RunnerOptions& options,
                              const eval::RougeData& rouge_data, Diagnostics& diagnostics,
                              const ConfigProvider& configs) {
  BenchmarkResult result;
  result.method_order = options.methods;
  std::vector<PreparedTopic> prepared =
      prepare_topics(topics, options.prepare, diagnostics, result.timing);

  std::vector<Job> jobs;
  for (std::size_t m = 0; m < options.methods.size(); ++m)
    for (std::size_t t = 0; t < prepared.size(); ++t)
      for (std::size_t k = 0; k < prepared[t].tasks.size(); ++k) {
        MethodConfig config = configs ? configs(options.methods[m], prepared[t].tasks[k], prepared) : MethodConfig{};
        jobs.push_back({m, t, k, std::move(config), {}, {}});
      }

  // Build timelines in parallel: tasks are independent and methods are const.
  auto start = Clock::now();
  std::atomic<std::size_t> next{0};
  auto build = [&] {
    for (std::size_t j = next++; j < jobs.size(); j = next++) {
      Job& job = jobs[j];
      const PreparedTopic& topic = prepared[job.topic];
      const Task& task = topic.tasks[job.task];
      auto method = make_method(options.methods[job.method], job.config);
      auto job_start = Clock::now();
      job.timeline = method->build(topic.corpus, task.request);
      job.result.seconds = seconds_since(job_start);
      job.result.dataset = topic.topic->dataset;
      job.result.topic = topic.topic->name;
      job.result.timeline = task.timeline;
    }
  };
  unsigned threads = options.prepare.threads ? options.prepare.threads : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned i = 1; i < threads; ++i) pool.emplace_back(build);
  build();
  for (auto& thread : pool) thread.join();
  result.timing.timeline = seconds_since(start);

  start = Clock::now();
  eval::Evaluator evaluator(rouge_data);
  for (Job& job : jobs) {
    const PreparedTopic& topic = prepared[job.topic];
    const Task& task = topic.tasks[job.task];
    eval::TextTimeline predicted = to_text_timeline(job.timeline, topic.corpus);
    job.result.scores = evaluator.evaluate(predicted, std::span(&task.reference, 1));
    if (options.save_timelines)
      save_timeline(*options.save_timelines, options.methods[job.method], task, job.timeline, topic.corpus,
                    diagnostics);
  }
  result.timing.evaluate = seconds_since(start);

  for (Job& job : jobs) {
    MethodResult& method = result.methods[options.methods[job.method]];
    method.seconds += job.result.seconds;
    method.tasks.push_back(std::move(job.result));
  }
  for (auto& [name, method] : result.methods) {
    std::vector<eval::TaskScores> scores;
    for (const TaskResult& task : method.tasks) scores.push_back(task.scores);
    method.average = eval::average_news_tls(scores);
  }
  result.peak_rss_mb = peak_rss_mb();
  return result;
}

}  // namespace annals::benchmark
