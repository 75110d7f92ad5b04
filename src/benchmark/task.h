// One benchmark task: a topic and one of its reference timelines, with the
// news-tls protocol derived from that reference.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "annals/diagnostics.h"
#include "annals/eval/timeline_file.h"
#include "annals/request.h"
#include "annals/benchmark.h"

namespace annals::benchmark {

struct Task {
  const Topic* topic = nullptr;
  std::string timeline;                  // name, e.g. "bpoil_bbc" (T17 folder) or "egypt" (Crisis)
  std::filesystem::path reference_path;
  eval::TextTimeline reference;
  TimelineRequest request;               // window, L, K and keywords: all the method may know
};

// Reference timelines of a topic: `<folder>/timelines/*.txt` (Timeline17) or
// `<folder>/../reference/<topic>.txt` (Crisis), in name order.
std::vector<std::filesystem::path> find_references(const Topic& topic);

// Builds the tasks of a topic. Protocol (news-tls): the window is the
// reference's first..last date widened by `extend_days` on both sides; L is
// the number of reference dates; K the mean number of sentences per date,
// rounded half to even; the topic's keywords restrict summary sentences.
std::vector<Task> make_tasks(const Topic& topic, int extend_days, Diagnostics& diagnostics);

// Python's round(): half to even.
std::size_t round_half_even(double value);

}  // namespace annals::benchmark
