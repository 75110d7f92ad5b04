// Benchmark results for people (Markdown) and programs (JSON).
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>

#include "benchmark/runner.h"

namespace annals::benchmark {

// Per method: a table of tasks with AR-1, AR-2 (many-to-one alignment), Date
// and concat ROUGE-1, then the news-tls average; then a summary table of all
// methods and the stage timings.
void write_markdown_report(std::ostream& out, const BenchmarkResult& result);

// {"methods": {M: {"tasks": [...], "average": {...}, "seconds": s}},
//  "timing": {"load", "analyze", "timeline", "evaluate"}, "peak_rss_mb": m}
nlohmann::json to_json(const BenchmarkResult& result);

}  // namespace annals::benchmark
