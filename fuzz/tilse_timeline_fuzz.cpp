// libFuzzer target for tilse timeline files (annals eval's input): parsing
// never fails, and writing what was parsed and parsing it again keeps the
// dates. Build with -DANNALS_FUZZ=ON and clang.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "annals/eval/timeline_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const annals::eval::TimelineParse parsed = annals::eval::parse_tilse_timeline(text);
  const annals::eval::TimelineParse again = annals::eval::parse_tilse_timeline(to_tilse_text(parsed.timeline));
  if (again.timeline.dates.size() != parsed.timeline.dates.size()) std::abort();
  for (auto a = parsed.timeline.dates.begin(), b = again.timeline.dates.begin(); a != parsed.timeline.dates.end();
       ++a, ++b) {
    if (a->first != b->first) std::abort();
  }
  return 0;
}
