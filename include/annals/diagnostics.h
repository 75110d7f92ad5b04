// Reports about input records that could not be used.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace annals {

// One rejected or partly repaired record. `line` is 1-based, 0 when the
// problem concerns a whole file.
struct Diagnostic {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kError;
  std::string file;
  std::size_t line = 0;
  std::string reason;

  std::string to_string() const;  // "file:line: error: reason"
};

// Collects diagnostics instead of throwing, so that one bad record never stops
// the rest of the input from being processed.
class Diagnostics {
 public:
  void error(std::string file, std::size_t line, std::string reason);
  void warning(std::string file, std::size_t line, std::string reason);

  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t error_count() const;
  bool has_errors() const { return error_count() > 0; }
  void append(const Diagnostics& other);

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace annals
