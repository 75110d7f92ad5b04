// Peak memory of this process, for benchmark reports.
#pragma once

#include <sys/resource.h>

namespace annals::benchmark {

// Peak resident set size so far, in MiB (Linux reports ru_maxrss in KiB).
inline double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) / 1024.0;
}

}  // namespace annals::benchmark
