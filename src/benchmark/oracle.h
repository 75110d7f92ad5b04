// A task's timeline as the run's oracle has it built (annals::benchmark::Oracle).
#pragma once

#include "annals/benchmark.h"
#include "annals/engine.h"
#include "benchmark/task.h"

namespace annals::benchmark {

// `spec`'s timeline for `task`: as asked (kNone); over the reference's dates
// (kDates, L stays their number); with each reference date's summary chosen
// by IdealSentences (kSentences); or both.
Timeline oracle_timeline(const Engine& articles, const Task& task, const MethodSpec& spec, Oracle oracle,
                         const eval::RougeData& rouge_data);

}  // namespace annals::benchmark
