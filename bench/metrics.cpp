// bench_metrics: speed of the TLS evaluation metrics (annals::eval) on
// T17-sized timelines. Each of the 12 t17-dev reference timelines is scored
// against a perturbed copy of itself (dates shifted, sentences dropped, some
// sentences from the next topic's timeline mixed in), as one news-tls task
// with m = 1. Reports the first pass with an empty stemming cache (what a
// benchmark run pays) and warm passes, as comparisons per second.
// --dates-scaling N,N2,... adds synthetic timelines of N dates a side (random
// made-up words, no news text): evaluate() wall time, split into building the
// cost matrices and solving them, and the cost cells held at the peak.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "annals/eval/metrics.h"
#include "annals/eval/rouge_data.h"
#include "annals/eval/timeline_file.h"
#include "algorithms/lsap.h"
#include "eval/alignment.h"

namespace fs = std::filesystem;
using annals::eval::TextTimeline;

namespace {

constexpr double kTargetSeconds = 0.2;  // all 12 t17-dev tasks, cold

struct Task {
  std::string name;
  TextTimeline pred;
  std::vector<TextTimeline> refs;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of this process: on a shared machine it says what the metric
// costs regardless of what else is running.
double cpu_seconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

// A system-like prediction: every third date shifted by one or two days,
// every third sentence dropped, every fourth date taking a sentence of
// `other` as well.
TextTimeline perturb(const TextTimeline& ref, const TextTimeline& other) {
  TextTimeline pred;
  std::size_t index = 0;
  auto donor = other.dates.begin();
  for (const auto& [date, sentences] : ref.dates) {
    static const int kShifts[] = {0, 1, 0, 0, -2, 0};
    auto& out = pred.dates[date + kShifts[index % 6]];
    for (std::size_t s = 0; s < sentences.size(); ++s)
      if (s % 3 != 2) out.push_back(sentences[s]);
    if (index % 4 == 3 && donor != other.dates.end() && !donor->second.empty()) out.push_back((donor++)->second[0]);
    ++index;
  }
  return pred;
}

std::vector<Task> load_tasks(const fs::path& t17) {
  std::set<fs::path> files;
  for (const auto& topic : fs::directory_iterator(t17))
    if (fs::is_directory(topic.path() / "timelines"))
      for (const auto& file : fs::directory_iterator(topic.path() / "timelines")) files.insert(file.path());
  std::vector<std::pair<std::string, TextTimeline>> refs;
  for (const fs::path& file : files)
    refs.emplace_back(file.parent_path().parent_path().filename().string() + "/" + file.filename().string(),
                      annals::eval::read_tilse_timeline(file).timeline);
  std::vector<Task> tasks;
  for (std::size_t i = 0; i < refs.size(); ++i)
    tasks.push_back({refs[i].first, perturb(refs[i].second, refs[(i + 1) % refs.size()].second), {refs[i].second}});
  return tasks;
}

std::size_t sentence_count(const TextTimeline& t) {
  std::size_t n = 0;
  for (const auto& entry : t.dates) n += entry.second.size();
  return n;
}

// n dates drawn from 3n consecutive days, two sentences of 12 words from a
// vocabulary of 3,000 made-up words each.
TextTimeline synthetic_timeline(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::set<int> days;
  while (days.size() < n) days.insert(int(random() % (3 * n)));
  TextTimeline t;
  for (int day : days) {
    auto& sentences = t.dates[*annals::Date::from_ymd(2000, 1, 1) + day];
    for (int s = 0; s < 2; ++s) {
      std::string sentence;
      for (int w = 0; w < 12; ++w) sentence += std::to_string(random() % 3000) + "w ";
      sentences.push_back(sentence + ".");
    }
  }
  return t;
}

struct ScalingRow {
  std::size_t dates;
  double evaluate_seconds, cost_seconds, solve_seconds;
  double peak_cost_mb;
};

// The two phases of the alignments timed apart, on one thread: the date and
// the content matrix built, then solved for precision and recall.
std::pair<double, double> alignment_phases(const TextTimeline& pred, const TextTimeline& ref) {
  using namespace annals::eval;
  std::vector<annals::Date> pd, rd;
  std::vector<NgramBag> pred_words;
  std::vector<std::vector<NgramBag>> ref_words;
  ContentTokenizer words;
  for (const auto& [date, sentences] : pred.dates) pd.push_back(date), pred_words.push_back(words.summary_bag(sentences));
  for (const auto& [date, sentences] : ref.dates) rd.push_back(date), ref_words.push_back({words.summary_bag(sentences)});
  auto start = std::chrono::steady_clock::now();
  std::vector<CostMatrix> costs;
  costs.push_back(date_costs(pd, rd));
  costs.push_back(date_content_costs(pd, pred_words, rd, ref_words));
  double cost_seconds = seconds_since(start);
  start = std::chrono::steady_clock::now();
  for (CostMatrix& cost : costs) {
    annals::algorithms::solve_lsap(cost);
    cost.transpose();
    annals::algorithms::solve_lsap(cost);
  }
  return {cost_seconds, seconds_since(start)};
}

std::vector<ScalingRow> dates_scaling(annals::eval::Evaluator& evaluator, const std::vector<std::size_t>& sizes) {
  std::vector<ScalingRow> rows;
  for (std::size_t n : sizes) {
    TextTimeline pred = synthetic_timeline(n, 1), ref = synthetic_timeline(n, 2);
    const std::vector<TextTimeline> refs{ref};
    annals::algorithms::CostCells::reset_peak();
    auto start = std::chrono::steady_clock::now();
    evaluator.evaluate(pred, refs);
    ScalingRow row{n, seconds_since(start), 0, 0, double(annals::algorithms::CostCells::peak()) * 8 / 1e6};
    std::tie(row.cost_seconds, row.solve_seconds) = alignment_phases(pred, ref);
    std::printf("%6zu dates  evaluate %9.3f s  (one thread: costs %8.3f s, 4 LSAP solves %9.3f s)  peak cost "
                "matrices %8.1f MB\n", n, row.evaluate_seconds, row.cost_seconds, row.solve_seconds, row.peak_cost_mb);
    rows.push_back(row);
  }
  return rows;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Speed of the TLS evaluation metrics on T17-sized timelines"};
  std::string shared = ANNALS_SHARED_DIR, rouge_dir, json_path;
  int repeat = 20;
  app.add_option("--shared", shared, "Folder with data/t17-dev and eval/resources")->capture_default_str();
  app.add_option("--rouge-data", rouge_dir, "ROUGE data folder (default: SHARED/eval/resources)");
  app.add_option("--repeat", repeat, "Warm passes over all tasks")->capture_default_str()->check(CLI::PositiveNumber);
  app.add_option("--json", json_path, "Write the results as JSON to this file");
  std::vector<std::size_t> scaling_sizes;
  app.add_option("--dates-scaling", scaling_sizes, "Also time synthetic N-date timelines (e.g. 500,1000,2000)")
      ->delimiter(',');
  CLI11_PARSE(app, argc, argv);

  fs::path t17 = fs::path(shared) / "data/t17-dev/Timeline17";
  if (!fs::is_directory(t17)) {
    std::fprintf(stderr, "bench_metrics: %s not found (pass --shared DIR)\n", t17.c_str());
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  annals::eval::RougeDataResult data =
      annals::eval::load_rouge_data(rouge_dir.empty() ? fs::path(shared) / "eval/resources" : fs::path(rouge_dir));
  if (!data.data) {
    std::fprintf(stderr, "bench_metrics: %s\n", data.error.c_str());
    return 2;
  }
  double load_seconds = seconds_since(start);
  std::vector<Task> tasks = load_tasks(t17);

  annals::eval::Evaluator evaluator(*data.data);
  std::vector<annals::eval::TaskScores> scores;
  std::vector<double> task_seconds;
  start = std::chrono::steady_clock::now();
  double cpu_start = cpu_seconds();
  for (const Task& task : tasks) {
    auto task_start = std::chrono::steady_clock::now();
    scores.push_back(evaluator.evaluate(task.pred, task.refs));
    task_seconds.push_back(seconds_since(task_start));
  }
  double cold_seconds = seconds_since(start), cold_cpu = cpu_seconds() - cpu_start;
  start = std::chrono::steady_clock::now();
  cpu_start = cpu_seconds();
  for (int r = 0; r < repeat; ++r)
    for (const Task& task : tasks) evaluator.evaluate(task.pred, task.refs);
  double warm_seconds = seconds_since(start) / repeat, warm_cpu = (cpu_seconds() - cpu_start) / repeat;

  using annals::eval::Variant;
  std::printf("%-58s %6s %6s %9s %8s %8s\n", "task (reference timeline)", "dates", "sents", "ms (cold)", "R1 m:1", "R2 m:1");
  nlohmann::json json_tasks = nlohmann::json::array();
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    const TextTimeline& ref = tasks[i].refs[0];
    double r1 = scores[i].rouge_1[Variant::kAlignDateContentCostsManyToOne].f1;
    double r2 = scores[i].rouge_2[Variant::kAlignDateContentCostsManyToOne].f1;
    std::printf("%-58s %6zu %6zu %9.2f %8.4f %8.4f\n", tasks[i].name.c_str(), ref.dates.size(), sentence_count(ref),
                task_seconds[i] * 1e3, r1, r2);
    json_tasks.push_back({{"task", tasks[i].name}, {"dates", ref.dates.size()}, {"sentences", sentence_count(ref)},
                          {"cold_seconds", task_seconds[i]}, {"rouge_1_m1_f1", r1}, {"rouge_2_m1_f1", r2}});
  }
  double per_second = double(tasks.size()) / warm_seconds;
  std::printf("\nROUGE data load           %10.4f s\n", load_seconds);
  std::printf("all %2zu tasks, cold cache  %10.4f s wall  %8.4f s CPU  (target < %.1f s wall: %s)\n", tasks.size(),
              cold_seconds, cold_cpu, kTargetSeconds, cold_seconds < kTargetSeconds ? "met" : "MISSED");
  std::printf("all %2zu tasks, warm cache  %10.4f s wall  %8.4f s CPU  (mean of %d passes)\n", tasks.size(),
              warm_seconds, warm_cpu, repeat);
  std::printf("comparisons per second    %10.1f wall  %8.1f CPU  (warm)\n", per_second, double(tasks.size()) / warm_cpu);

  std::printf("\n");
  nlohmann::json json_scaling = nlohmann::json::array();
  for (const ScalingRow& row : dates_scaling(evaluator, scaling_sizes))
    json_scaling.push_back({{"dates", row.dates}, {"evaluate_seconds", row.evaluate_seconds},
                            {"cost_seconds", row.cost_seconds}, {"solve_seconds", row.solve_seconds},
                            {"peak_cost_matrix_mb", row.peak_cost_mb}});

  if (!json_path.empty()) {
    nlohmann::json out = {{"benchmark", "metrics"},       {"tasks", json_tasks},
                          {"rouge_data_load_seconds", load_seconds}, {"cold_seconds_all_tasks", cold_seconds},
                          {"warm_seconds_all_tasks", warm_seconds},  {"comparisons_per_second", per_second},
                          {"cold_cpu_seconds_all_tasks", cold_cpu},  {"warm_cpu_seconds_all_tasks", warm_cpu},
                          {"target_seconds", kTargetSeconds},        {"target_met", cold_seconds < kTargetSeconds},
                          {"dates_scaling", json_scaling}};
    std::ofstream(json_path) << out.dump(2) << "\n";
  }
  return 0;
}
