// The --date-model option shared by `timeline` and `bench`.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "annals/date_model.h"

namespace annals::cli {

// Reads the model at `path` into `out` (left null when `path` is empty).
// Prints why and returns false when the file is not a valid model.
inline bool read_date_model_option(const std::string& path, const char* command,
                                   std::shared_ptr<const DateModel>& out) {
  if (path.empty()) return true;
  try {
    out = std::make_shared<const DateModel>(DateModel::read(path));
    return true;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: --date-model: %s\n", command, e.what());
    return false;
  }
}

}  // namespace annals::cli
