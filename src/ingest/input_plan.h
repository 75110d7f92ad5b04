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

// One file to read, with what its path tells decided before reading starts
// so that the total size is known for progress.
struct PlannedInput {
  std::string path;          // to open and to name in messages
  std::string name;          // in ids: relative to the folder given, else the path as given
  // kAuto when the path does not tell: the reader sniffs the first bytes of
  // the stream it reads, since a pipe cannot be opened twice.
  InputFormat format;
  Place place;               // for kDataset: date, language and outlet from the folders
  DatasetFile dataset;       // for kDataset
  std::uint64_t size = 0;    // 0 when unknown (standard input)
  bool named = false;        // named on the command line, not found in a folder
};

// Expands folders recursively in sorted order, so results are stable, and
// picks each file's format where its name tells. Inputs that cannot be used
// are reported: errors for what was named explicitly, warnings for files
// skipped inside a folder, and one note per reason for what the walk leaves
// out by design (hidden files, reference folders, links to folders).
std::vector<PlannedInput> plan_inputs(const std::vector<std::string>& inputs, InputFormat format,
                                      Diagnostics& diagnostics);

// Reports a file that is not read: an error when it was `named` on the
// command line, else a warning plus the summary note of such skips.
void skip(Diagnostics& diagnostics, const std::string& path, bool named, const std::string& reason);

// The name standard input ("-") has in ids and messages.
inline constexpr const char* kStdinName = "<stdin>";

}  // namespace annals::ingest
