// A timeline: dates and, for each, summary sentences taken from the corpus.
#pragma once

#include <cstdint>
#include <vector>

#include "annals/date.h"

namespace annals {

struct TimelineEntry {
  Date date;
  std::vector<std::uint32_t> sentences;  // indices into Corpus::sentences(), in summary order
};

struct Timeline {
  std::vector<TimelineEntry> entries;  // chronological
};

}  // namespace annals
