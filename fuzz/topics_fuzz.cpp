// libFuzzer target for topics files (annals bench and train --topics): any
// bytes give topics with five columns' worth of fields and at least one
// folder each, or diagnostics that print on one line; filtering and naming
// the topics never fail. Build with -DANNALS_FUZZ=ON and clang.
#include <cstdint>
#include <cstdlib>

#include "annals/benchmark.h"
#include "fuzz_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static annals::fuzz::FuzzFile file;
  annals::Diagnostics diagnostics;
  std::vector<annals::benchmark::Topic> topics = annals::benchmark::read_topics_file(file.write(data, size), diagnostics);
  for (const annals::benchmark::Topic& topic : topics)
    if (topic.folders.empty()) std::abort();
  for (const annals::Diagnostic& d : diagnostics.all())
    for (unsigned char c : d.to_string())
      if (c < 0x20 || c == 0x7F) std::abort();
  const std::size_t count = topics.size();
  const std::string names = annals::benchmark::describe_topics(topics);
  if (count > 0) {
    const annals::benchmark::Topic first = topics.front();
    annals::benchmark::filter_topics(topics, first.dataset, first.name);
    if (topics.empty()) std::abort();  // a topic always matches its own names
  }
  if ((count == 0) != (names == "none")) std::abort();
  return 0;
}
