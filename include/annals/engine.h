// The engine: the one facade over the pipeline that the command line, the
// benchmark runner, the server and the Python module all use.
//
//   Engine engine;
//   FileSource files({"articles.jsonl"});
//   IngestReport report = engine.add(files);        // read + analyse, once per article
//   Timeline timeline = engine.timeline(request);   // per request: corpus, method, rendering
//
// Work done once per article (reading, analysis) is kept as self-contained
// records; each request builds its own read-only corpus of the records inside
// its window, so requests may run concurrently with each other (not with add).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "annals/analysis.h"
#include "annals/diagnostics.h"
#include "annals/eval/timeline_file.h"
#include "annals/method.h"
#include "annals/request.h"
#include "annals/source.h"
#include "annals/timeline.h"

namespace annals {

struct EngineOptions {
  unsigned threads = 0;               // analysis workers; 0: one per core (capped)
  bool keep_reader_comments = false;  // see AnalysisOptions
};

struct IngestOptions {
  // Only articles published inside it are analysed and kept.
  DateWindow window;
  // Called now and then during analysis with articles done and the total.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

struct IngestReport {
  std::size_t read = 0;   // articles the source gave
  std::size_t added = 0;  // of them, inside the window: analysed and kept
  std::uint64_t bytes = 0;
  ReaderComments reader_comments;  // left out of the added articles
  Diagnostics diagnostics;         // the source's rejected and repaired records
};

struct TrainingTask;

// Chooses a date's summary in place of the method's: the benchmark's
// sentence oracle (issue 11, `annals bench --oracle sentences`), which knows
// the reference. Given an entry's day and the texts, as shown, of the day's
// pool (every keyword sentence of the window that names the day or comes
// from an article published on it or the day after), it returns indices into
// the pool in summary order (at most the request's K are kept); none keeps
// the method's own sentences.
using SummaryOracle = std::function<std::vector<std::size_t>(Date day, const std::vector<std::string>& pool)>;

class Engine {
 public:
  explicit Engine(EngineOptions options = {});
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;

  // Reads the source and analyses its articles (in parallel), keeping them.
  IngestReport add(ArticleSource& source, const IngestOptions& options = {});
  // The same for articles already in memory.
  IngestReport add(std::vector<Article> articles, const IngestOptions& options = {});
  // Keeps records analysed earlier (read back from a store), in the order
  // given, without analysing anything.
  void add(std::vector<AnalyzedArticle> records);

  std::size_t size() const;
  const AnalyzedArticle& article(std::size_t index) const;
  ReaderComments reader_comments() const;

  // The timeline `method` builds from the articles published inside the
  // request's window. Throws UsageError for an invalid method spec.
  Timeline timeline(const TimelineRequest& request, const MethodSpec& method = {}) const;
  // The same with each day's summary chosen by `oracle` from the day's pool.
  Timeline timeline(const TimelineRequest& request, const MethodSpec& method, const SummaryOracle& oracle) const;

 private:
  friend std::string train(const MethodSpec&, std::span<const TrainingTask>, const std::string&);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One reference timeline and the articles it summarises.
struct TrainingTask {
  const Engine* articles = nullptr;
  TimelineRequest request;  // window, L, K and keywords, as the method will be asked
  eval::TextTimeline reference;
};

// Fits the model of a supervised method on reference timelines and returns
// it as JSON (what `annals train` writes and the `model` parameter reads);
// `description` says for people what it was fitted on. Throws UsageError for
// a method that learns nothing, Error when the tasks cannot train it.
std::string train(const MethodSpec& method, std::span<const TrainingTask> tasks, const std::string& description);

}  // namespace annals
