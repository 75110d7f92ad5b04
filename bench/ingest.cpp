// bench/ingest: load + analyse throughput over a corpus (default: all of
// ../shared/data/t17-dev). Prints a table and writes JSON.
//
//   bench_ingest [--data DIR] [--threads N] [--json FILE] [--repeat R]
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <thread>

#include "corpus/corpus.h"
#include "annals/loader.h"
#include "benchmark/resource_usage.h"

namespace {
double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Measure load + analyse throughput"};
  std::string data = std::string(ANNALS_SOURCE_DIR) + "/../shared/data/t17-dev";
  std::string json_path;
  unsigned threads = 0;
  int repeat = 3;
  app.add_option("--data", data, "Corpus to read (any input annals reads)")->capture_default_str();
  app.add_option("--threads", threads, "Analysis threads (0: all cores)")->capture_default_str();
  app.add_option("--repeat", repeat, "Runs; the fastest is reported")->capture_default_str();
  app.add_option("--json", json_path, "Write results as JSON to this file");
  CLI11_PARSE(app, argc, argv);

  double best_load = 1e9, best_analyze = 1e9;
  std::uint64_t bytes = 0;
  std::size_t articles = 0, sentences = 0, mentions = 0, rejected = 0;
  for (int run = 0; run < repeat; ++run) {
    auto start = std::chrono::steady_clock::now();
    annals::LoadResult loaded = annals::load_articles({data});
    double load = seconds_since(start);
    bytes = loaded.bytes_read;
    articles = loaded.articles.size();
    rejected = loaded.diagnostics.error_count();
    if (articles == 0) {
      std::fprintf(stderr, "bench_ingest: no articles under %s\n", data.c_str());
      return 2;
    }
    start = std::chrono::steady_clock::now();
    annals::AnalysisOptions options;
    options.threads = threads;
    annals::Corpus corpus = annals::Corpus::analyze(std::move(loaded.articles), options);
    double analyze = seconds_since(start);
    sentences = corpus.sentences().size();
    mentions = 0;
    for (const auto& s : corpus.sentences()) mentions += s.mentions.size();
    if (load + analyze < best_load + best_analyze) best_load = load, best_analyze = analyze;
  }
  unsigned cores = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
  double total = best_load + best_analyze;
  double mb = double(bytes) / 1e6;
  std::printf("| corpus | MB | articles | sentences | mentions | load s | analyse s | MB/s | MB/s per core | articles/s | peak RSS MiB |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
  std::printf("| %s | %.1f | %zu | %zu | %zu | %.3f | %.3f | %.1f | %.1f | %.0f | %.0f |\n", data.c_str(), mb, articles,
              sentences, mentions, best_load, best_analyze, mb / total, mb / total / cores, double(articles) / total,
              annals::benchmark::peak_rss_mb());
  if (!json_path.empty()) {
    nlohmann::json out = {{"corpus", data},           {"bytes", bytes},
                          {"articles", articles},     {"rejected", rejected},
                          {"sentences", sentences},   {"mentions", mentions},
                          {"threads", cores},         {"load_seconds", best_load},
                          {"analyze_seconds", best_analyze}, {"mb_per_s", mb / total},
                          {"mb_per_s_per_core", mb / total / cores}, {"articles_per_s", double(articles) / total},
                          {"peak_rss_mb", annals::benchmark::peak_rss_mb()}};
    std::ofstream(json_path) << out.dump(2) << '\n';
  }
  return 0;
}
