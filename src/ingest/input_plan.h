// Turning the inputs named on the command line into a list of files to read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "annals/diagnostics.h"
#include "annals/loader.h"
#include "ingest/dataset_layout.h"

namespace annals::ingest {

// One file to read, with everything decided before reading starts so that
// the total size is known for progress.
struct PlannedInput {
  std::string path;          // to open and to name in messages
  std::string name;          // in ids: relative to the folder given, else the path as given
  InputFormat format;        // never kAuto
  Place place;               // for kDataset: date, language and outlet from the folders
  DatasetFile dataset;       // for kDataset
  std::uint64_t size = 0;    // 0 when unknown (standard input)
};

// Expands folders recursively in sorted order, so results are stable, and
// picks each file's format. Inputs that cannot be used are reported: errors
// for what was named explicitly, warnings for files skipped inside a folder.
std::vector<PlannedInput> plan_inputs(const std::vector<std::string>& inputs, InputFormat format,
                                      Diagnostics& diagnostics);

// The name standard input ("-") has in ids and messages.
inline constexpr const char* kStdinName = "<stdin>";

}  // namespace annals::ingest
