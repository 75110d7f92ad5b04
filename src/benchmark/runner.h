// The steps of a benchmark run that `annals bench` and `annals train` share.
#pragma once

#include <vector>

#include "annals/benchmark.h"
#include "annals/engine.h"
#include "benchmark/task.h"

namespace annals::benchmark {

// A topic after loading and analysis, with its tasks.
struct PreparedTopic {
  const Topic* topic = nullptr;
  Engine articles;
  std::vector<Task> tasks;
};

// Loads each topic's articles inside the windows of its tasks and analyses
// them; topics without a usable reference are reported and left out.
std::vector<PreparedTopic> prepare_topics(const std::vector<Topic>& topics, const PrepareOptions& options,
                                          Diagnostics& diagnostics, StageTiming& timing);

// Fits `method` on every task of `topics` except those of `held_out` (null:
// none). Throws as annals::train does.
std::string train_on(const MethodSpec& method, const std::vector<PreparedTopic>& topics, const Topic* held_out,
                     const std::string& description);

}  // namespace annals::benchmark
