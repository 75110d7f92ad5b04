// bench/store: the persistent store at scale. Generates N synthetic articles
// recombined from the demo corpus' sentences (random dates, outlets and one
// made-up topic word each, so a topic query matches about 1%), then measures
// ingest (analysis + store), size, query latency and the latency of adding
// one article. Prints a table and writes JSON.
//
//   bench_store [--articles N] [--store FILE] [--json FILE] [--threads T] [--batch B] [--method M]
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "annals/engine.h"
#include "annals/store.h"
#include "benchmark/resource_usage.h"

namespace {

using namespace annals;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

constexpr int kTopics = 100;  // one topic word per article: a topic matches ~1% of articles

// A made-up word no demo sentence contains: "qz" + base-26 letters.
std::string topic_word(int topic) {
  std::string w = "qz";
  for (int i = 0; i < 3; ++i, topic /= 26) w += static_cast<char>('a' + topic % 26);
  return w;
}

std::vector<std::string> demo_sentences() {
  Engine demo;
  FileSource source({std::string(ANNALS_SOURCE_DIR) + "/data/demo/articles.jsonl"});
  demo.add(source);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < demo.size(); ++i)
    for (const auto& s : demo.article(i).sentences) out.push_back(s.text);
  return out;
}

Article synthetic(std::size_t i, const std::vector<std::string>& pool, std::mt19937_64& random) {
  Article a;
  a.id = "synthetic-" + std::to_string(i);
  a.published = *Date::from_ymd(2020, 1, 1) + static_cast<int>(random() % 2000);
  a.outlet = "Outlet " + std::to_string(random() % 50);
  a.language = "en";
  a.title = "Report " + std::to_string(i);
  std::size_t n = 6 + random() % 10;
  for (std::size_t s = 0; s < n; ++s) a.text += pool[random() % pool.size()] + " ";
  a.text += "Officials from " + topic_word(static_cast<int>(random() % kTopics)) + " said so.";
  return a;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Measure the article store at scale"};
  std::size_t n = 10000;
  std::string path = "bench-store.db", json_path;
  unsigned threads = 0;
  std::size_t batch = 5000;
  MethodSpec method{.name = "baseline"};
  app.add_option("--articles", n, "Synthetic articles to generate")->capture_default_str();
  app.add_option("--batch", batch, "Articles per ingest transaction")->capture_default_str();
  app.add_option("--method", method.name, "Method of the topic queries")->capture_default_str();
  app.add_option("--store", path, "Store file to create (removed first)")->capture_default_str();
  app.add_option("--threads", threads, "Analysis threads (0: all cores)")->capture_default_str();
  app.add_option("--json", json_path, "Write results as JSON to this file");
  CLI11_PARSE(app, argc, argv);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);

  std::vector<std::string> pool = demo_sentences();
  std::mt19937_64 random(2026);
  Store store = Store::open(path, Store::Mode::kReadWrite);
  std::uint64_t text_bytes = 0;
  double ingest_ms = 0, put_ms = 0;  // put_ms: the store's share (encoding, index, SQLite)
  constexpr std::size_t kChunk = 5000;  // articles analysed and stored at a time: memory stays flat
  for (std::size_t begin = 0; begin < n; begin += kChunk) {
    std::vector<Article> articles;
    for (std::size_t i = begin; i < std::min(n, begin + kChunk); ++i) articles.push_back(synthetic(i, pool, random));
    for (const Article& a : articles) text_bytes += a.text.size() + a.title.size();
    auto start = Clock::now();
    Engine engine({.threads = threads});
    engine.add(std::move(articles));
    std::vector<const AnalyzedArticle*> records;
    for (std::size_t i = 0; i < engine.size(); ++i) records.push_back(&engine.article(i));
    auto put_start = Clock::now();
    store.put(records, "", batch);
    put_ms += ms_since(put_start);
    ingest_ms += ms_since(start);
  }
  double ingest_rss = benchmark::peak_rss_mb();
  StoreInfo info = store.info();

  // Topic queries: cold is the first on a new connection, warm the same again.
  std::vector<double> cold, warm;
  std::size_t matched = 0;
  TimelineRequest request;  // L = 10, K = 2
  for (int q = 0; q < 20; ++q) {
    request.keywords = {topic_word(q * (kTopics / 20))};
    for (int pass = 0; pass < 2; ++pass) {
      auto start = Clock::now();
      Store reader = Store::open(path, Store::Mode::kReadOnly);
      Engine engine({.threads = threads});
      std::vector<AnalyzedArticle> records = reader.select(request.window, request.keywords);
      if (pass == 0) matched += records.size();
      engine.add(std::move(records));
      Timeline timeline = engine.timeline(request, method);
      (pass == 0 ? cold : warm).push_back(ms_since(start));
    }
  }
  double query_rss = benchmark::peak_rss_mb();

  // One new article, analysed and committed, then visible to the next query.
  std::vector<double> add_ms;
  for (int k = 0; k < 20; ++k) {
    Article a = synthetic(n + k, pool, random);
    auto start = Clock::now();
    Engine engine({.threads = 1});
    engine.add(std::vector<Article>{a});
    store.put({&engine.article(0)});
    add_ms.push_back(ms_since(start));
  }

  double seconds = ingest_ms / 1000;
  nlohmann::ordered_json out = {
      {"articles", n},
      {"batch", batch},
      {"query_method", method.name},
      {"ingest_seconds", seconds},
      {"ingest_articles_per_second", n / seconds},
      {"ingest_mb_per_second", text_bytes / 1e6 / seconds},
      {"text_mb", text_bytes / 1e6},
      {"store_put_seconds", put_ms / 1000},
      {"store_put_articles_per_second", n / (put_ms / 1000)},
      {"store_bytes", info.bytes},
      {"store_bytes_per_article", double(info.bytes) / n},
      {"peak_rss_mb_ingest", ingest_rss},
      {"peak_rss_mb_after_queries", query_rss},
      {"query_articles_matched_mean", matched / 20.0},
      {"query_cold_ms_p50", percentile(cold, 0.5)},
      {"query_cold_ms_p99", percentile(cold, 0.99)},
      {"query_warm_ms_p50", percentile(warm, 0.5)},
      {"query_warm_ms_p99", percentile(warm, 0.99)},
      {"add_one_ms_p50", percentile(add_ms, 0.5)},
      {"add_one_ms_p99", percentile(add_ms, 0.99)},
  };
  std::printf("| measure | value |\n|---|---|\n");
  for (const auto& [key, value] : out.items()) std::printf("| %s | %s |\n", key.c_str(), value.dump().c_str());
  if (!json_path.empty()) std::ofstream(json_path) << out.dump(2) << "\n";
  return 0;
}
