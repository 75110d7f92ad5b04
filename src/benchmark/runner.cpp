#include "benchmark/runner.h"

#include <chrono>
#include <fstream>
#include <map>
#include <string>

#include "annals/error.h"
#include "benchmark/oracle.h"
#include "benchmark/resource_usage.h"
#include "common/parallel.h"

namespace annals::benchmark {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// The days any task of the topic can see.
DateWindow union_window(const std::vector<Task>& tasks) {
  DateWindow window = tasks.front().request.window;
  for (const Task& task : tasks) {
    window.from = std::min(*window.from, *task.request.window.from);
    window.to = std::max(*window.to, *task.request.window.to);
  }
  return window;
}

}  // namespace

std::vector<PreparedTopic> prepare_topics(const std::vector<Topic>& topics, const PrepareOptions& options,
                                          Diagnostics& diagnostics, StageTiming& timing) {
  std::vector<PreparedTopic> prepared;
  for (const Topic& topic : topics) {
    std::vector<Task> tasks = make_tasks(topic, options.extend_days, diagnostics);
    if (tasks.empty()) continue;
    for (Task& task : tasks) task.request.keep_boilerplate = options.keep_boilerplate;
    auto start = Clock::now();
    LoadOptions load_options;
    load_options.default_language = topic.language;
    std::vector<std::string> inputs;
    for (const fs::path& folder : topic.folders) inputs.push_back(folder.string());
    LoadResult loaded = load_articles(inputs, load_options);
    diagnostics.append(loaded.diagnostics);
    timing.load += seconds_since(start);

    start = Clock::now();
    // Only articles some task can see are analysed.
    Engine articles({.threads = options.threads, .keep_reader_comments = options.keep_reader_comments});
    articles.add(std::move(loaded.articles), {.window = union_window(tasks)});
    timing.analyze += seconds_since(start);
    const ReaderComments comments = articles.reader_comments();
    if (comments.sentences > 0)
      diagnostics.warning(topic.dataset + "/" + topic.name, 0,
                          "left out " + std::to_string(comments.sentences) + " sentence(s) of reader comments in " +
                              std::to_string(comments.articles) + " article(s); --keep-comments keeps them");
    prepared.push_back({&topic, std::move(articles), std::move(tasks)});
  }
  return prepared;
}

std::string train_on(const MethodSpec& method, const std::vector<PreparedTopic>& topics, const Topic* held_out,
                     const std::string& description) {
  std::vector<TrainingTask> training;
  for (const PreparedTopic& prepared : topics) {
    if (prepared.topic == held_out) continue;
    for (const Task& task : prepared.tasks) training.push_back({&prepared.articles, task.request, task.reference});
  }
  return train(method, training, description);
}

namespace {

bool names_a_model(const MethodSpec& spec) {
  auto it = spec.parameters.find("model");
  return spec.model || (it != spec.parameters.end() && !it->second.empty());
}

// The spec each task of `topic` runs `spec` with: supervised methods that
// name no model get one trained without the topic (leave-one-topic-out),
// one per held-out topic. A run with a single topic, or whose other topics
// cannot train a model (a warning), falls back to the shipped model.
class LeaveOneTopicOut {
 public:
  LeaveOneTopicOut(const std::vector<PreparedTopic>& topics, Diagnostics& diagnostics)
      : topics_(topics), diagnostics_(diagnostics) {}

  MethodSpec spec_for(const MethodSpec& spec, const Task& task) {
    const MethodInfo* info = find_method(spec.name);
    if (!info || !info->supervised || names_a_model(spec) || topics_.size() < 2) return spec;
    auto [it, first_time] = models_.try_emplace({spec.name, task.topic});
    if (first_time) {
      try {
        it->second = std::make_shared<const std::string>(train_on(
            spec, topics_, task.topic, "leave-one-topic-out: every topic of the run but " + task.topic->name));
      } catch (const UsageError&) {
        throw;
      } catch (const Error& e) {
        diagnostics_.warning(task.reference_path.string(), 0,
                             "cannot train " + spec.name + " without topic " + task.topic->name + " (" + e.what() +
                                 "); using the shipped model");
      }
    }
    MethodSpec trained = spec;
    trained.model = it->second;
    return trained;
  }

 private:
  const std::vector<PreparedTopic>& topics_;
  Diagnostics& diagnostics_;
  std::map<std::pair<std::string, const Topic*>, std::shared_ptr<const std::string>> models_;
};

// A name from a topics file or a reference file name as one path component:
// "../x" or "a/b" must not lead the file out of its folder.
std::string path_component(const std::string& name) {
  std::string out;
  for (char c : name) out += (c == '/' || c == '\\' || c == '\0') ? '_' : c;
  if (out.empty() || out == "." || out == "..") out = "_" + out;
  return out;
}

void save_timeline(const fs::path& dir, const std::string& method, const Task& task, const Timeline& timeline,
                   Diagnostics& diagnostics) {
  fs::path path = dir / path_component(method) / path_component(task.topic->dataset) /
                  path_component(task.topic->name) / (path_component(task.timeline) + ".txt");
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path);
  out << eval::to_tilse_text(eval::text_timeline_of(timeline));
  if (!out) diagnostics.error(path.string(), 0, "cannot write predicted timeline");
}

// Says how much boilerplate the task's corpus left out (as the first method
// built it: methods that merge copies see fewer articles).
void report_boilerplate(const Task& task, const Timeline& timeline, Diagnostics& diagnostics) {
  if (timeline.boilerplate.sentences == 0) return;
  diagnostics.warning(task.reference_path.string(), 0,
                      "left out " + std::to_string(timeline.boilerplate.sentences) + " sentence(s) of boilerplate in " +
                          std::to_string(timeline.boilerplate.articles) + " article(s); --keep-boilerplate keeps them");
}

struct Job {
  std::size_t method, topic, task;
  MethodSpec spec;
  TaskResult result;
  Timeline timeline;
};

}  // namespace

BenchmarkResult run_benchmark(const std::vector<Topic>& topics, const RunOptions& options,
                              const eval::RougeData& rouge_data, Diagnostics& diagnostics) {
  for (const MethodSpec& spec : options.methods) validate(spec);
  BenchmarkResult result;
  result.oracle = options.oracle;
  for (const MethodSpec& spec : options.methods) {
    result.method_order.push_back(spec.name.empty() ? methods().front().name : spec.name);
    result.methods[result.method_order.back()].parameters = spec.parameters;
  }
  std::vector<PreparedTopic> prepared = prepare_topics(topics, options.prepare, diagnostics, result.timing);

  LeaveOneTopicOut training(prepared, diagnostics);
  std::vector<Job> jobs;
  for (std::size_t m = 0; m < options.methods.size(); ++m)
    for (std::size_t t = 0; t < prepared.size(); ++t)
      for (std::size_t k = 0; k < prepared[t].tasks.size(); ++k)
        jobs.push_back({m, t, k, training.spec_for(options.methods[m], prepared[t].tasks[k]), {}, {}});

  // Build timelines in parallel: tasks are independent and requests const.
  auto start = Clock::now();
  parallel_for(jobs.size(), thread_count(options.prepare.threads, jobs.size()), [&](std::size_t j, unsigned) {
    Job& job = jobs[j];
    const PreparedTopic& topic = prepared[job.topic];
    const Task& task = topic.tasks[job.task];
    auto job_start = Clock::now();
    job.timeline = oracle_timeline(topic.articles, task, job.spec, options.oracle, rouge_data);
    job.result.seconds = seconds_since(job_start);
    job.result.dataset = topic.topic->dataset;
    job.result.topic = topic.topic->name;
    job.result.timeline = task.timeline;
  });
  result.timing.timeline = seconds_since(start);

  start = Clock::now();
  eval::Evaluator evaluator(rouge_data);
  for (Job& job : jobs) {
    const Task& task = prepared[job.topic].tasks[job.task];
    job.result.scores = evaluator.evaluate(eval::text_timeline_of(job.timeline), std::span(&task.reference, 1));
    if (job.method == 0) report_boilerplate(task, job.timeline, diagnostics);
    if (options.save_timelines)
      save_timeline(*options.save_timelines, result.method_order[job.method], task, job.timeline, diagnostics);
    if (options.keep_timelines) job.result.predicted = std::move(job.timeline);
  }
  result.timing.evaluate = seconds_since(start);

  for (Job& job : jobs) {
    MethodResult& method = result.methods[result.method_order[job.method]];
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

TrainedModel train_on_topics(const MethodSpec& method, const std::vector<Topic>& topics,
                             const PrepareOptions& options, Diagnostics& diagnostics) {
  StageTiming timing;
  std::vector<PreparedTopic> prepared = prepare_topics(topics, options, diagnostics, timing);
  if (prepared.empty()) throw Error("no topic with articles and a reference timeline");
  TrainedModel trained;
  for (const PreparedTopic& p : prepared) {
    trained.topics += (trained.topics.empty() ? "" : ",") + p.topic->dataset + "/" + p.topic->name;
    trained.tasks += p.tasks.size();
  }
  trained.json = train_on(method, prepared, nullptr, "annals train on " + trained.topics);
  return trained;
}

}  // namespace annals::benchmark
