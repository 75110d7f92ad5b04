// Writing results where the user asked, so that a failed write is never a
// silent success: `-o FILE` goes through a temporary file renamed into place
// (a full disk leaves the old file or none, never a truncated one), and
// standard output is checked after flushing.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace annals::cli {

// Calls `write` on the file `path` ("" or "-": standard output). Returns
// false after printing "<command>: cannot write <path>: <reason>" on stderr.
bool write_output(const std::string& path, const std::function<void(std::ostream&)>& write, const char* command);

}  // namespace annals::cli
