// Helpers for loader tests.
#pragma once

#include <string>

#include "annals/loader.h"
#include "support/temp_dir.h"

namespace annals::testing {

// The first diagnostic whose reason contains `reason`, or nullptr.
inline const Diagnostic* find_diagnostic(const LoadResult& result, const std::string& reason) {
  for (const auto& d : result.diagnostics.all()) {
    if (d.reason.find(reason) != std::string::npos) return &d;
  }
  return nullptr;
}

}  // namespace annals::testing
