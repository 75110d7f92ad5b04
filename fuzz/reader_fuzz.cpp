// libFuzzer target for one input reader, chosen at build time by
// ANNALS_FUZZ_FORMAT (kJsonl, kCsv, kText, or kAuto for format sniffing and
// then whichever reader it picks). gzip is read whatever the format, so the
// JSON Lines target covers the gzip member reader too. Build with
// -DANNALS_FUZZ=ON and clang (see fuzz/CMakeLists.txt).
#include <cstdint>

#include "annals/loader.h"
#include "fuzz_file.h"
#include "loader_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static annals::fuzz::FuzzFile file;
  annals::LoadOptions options;
  options.format = annals::InputFormat::ANNALS_FUZZ_FORMAT;
  annals::fuzz::check_load(annals::load_articles({file.write(data, size)}, options));
  return 0;
}
