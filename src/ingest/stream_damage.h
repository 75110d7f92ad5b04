// Damage an input stream skipped over, for the reader to report.
#pragma once

#include <cstdint>
#include <string>

namespace annals::ingest {

// `position` is the count of bytes delivered before the damage, so that a
// reader can name the line it falls in.
struct StreamDamage {
  std::uint64_t position = 0;
  std::string reason;
};

}  // namespace annals::ingest
