// Helpers for loader tests.
#pragma once

#include <string>
#include <vector>

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

// The errors and warnings, without the notes on what was skipped by design.
inline std::vector<Diagnostic> problems(const LoadResult& result) {
  std::vector<Diagnostic> out;
  for (const auto& d : result.diagnostics.all()) {
    if (d.severity != Diagnostic::Severity::kNote) out.push_back(d);
  }
  return out;
}

// The notes, as printed, with `root` cut from the front of file names.
inline std::vector<std::string> notes(const LoadResult& result, const std::string& root) {
  std::vector<std::string> out;
  for (const auto& d : result.diagnostics.all()) {
    if (d.severity != Diagnostic::Severity::kNote) continue;
    std::string line = d.to_string();
    if (line.starts_with(root)) line.erase(0, root.size());
    out.push_back(line);
  }
  return out;
}

}  // namespace annals::testing
