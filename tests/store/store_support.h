// Shared pieces of the store tests: the demo corpus analysed once, records
// cloned under new ids, timelines rendered to bytes.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "annals/engine.h"
#include "annals/store.h"
#include "annals/writer.h"

namespace annals::testing {

inline const std::string kDemoCorpus = std::string(ANNALS_SOURCE_DIR) + "/data/demo/articles.jsonl";

// The demo corpus read and analysed the way `annals timeline FILE` does.
inline const Engine& demo_engine() {
  static const Engine engine = [] {
    Engine e;
    FileSource source({kDemoCorpus});
    e.add(source);
    return e;
  }();
  return engine;
}

inline std::vector<const AnalyzedArticle*> demo_records(std::size_t begin = 0, std::size_t end = SIZE_MAX) {
  const Engine& e = demo_engine();
  std::vector<const AnalyzedArticle*> out;
  for (std::size_t i = begin; i < std::min(end, e.size()); ++i) out.push_back(&e.article(i));
  return out;
}

// `n` copies of demo records under ids "<prefix>-<i>".
inline std::vector<AnalyzedArticle> cloned_records(std::size_t n, const std::string& prefix) {
  std::vector<AnalyzedArticle> out;
  const Engine& e = demo_engine();
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(e.article(i % e.size()));
    out.back().article.id = prefix + "-" + std::to_string(i);
  }
  return out;
}

inline std::vector<const AnalyzedArticle*> pointers(const std::vector<AnalyzedArticle>& records) {
  std::vector<const AnalyzedArticle*> out;
  for (const auto& r : records) out.push_back(&r);
  return out;
}

inline std::string render(const Timeline& timeline) {
  std::ostringstream out;
  write_timeline(out, timeline, OutputFormat::kJson);
  return out.str();
}

}  // namespace annals::testing
