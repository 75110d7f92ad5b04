// Reports about input records that could not be used.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace annals {

// One rejected or partly repaired record, or a note about input skipped by
// design. `line` is 1-based, 0 when the problem concerns a whole file.
struct Diagnostic {
  // Notes say what was left out on purpose (hidden files, symbolic links to
  // folders); they are summaries, one per reason, and stay visible when
  // warnings are silenced.
  enum class Severity { kWarning, kError, kNote };
  Severity severity = Severity::kError;
  std::string file;
  std::size_t line = 0;
  std::string reason;
  // Further diagnostics like this one that were counted but not kept.
  std::size_t more = 0;

  // "file:line: error: reason (and N more like this)". Control characters and
  // invalid UTF-8 in the file name and reason are escaped (\n, \x1b, ...), so
  // that text taken from the input can never forge a line of its own or
  // drive the terminal.
  std::string to_string() const;
};

// Collects diagnostics instead of throwing, so that one bad record never stops
// the rest of the input from being processed. Memory stays bounded however
// much input is bad: the first kSamplePerFile diagnostics of each file are
// kept, later ones only raise the `more` count of the last kept diagnostic of
// the same kind (severity and reason up to its first ':' or quote). The
// counts of errors and warnings are always exact.
class Diagnostics {
 public:
  static constexpr std::size_t kSamplePerFile = 1000;

  void error(std::string file, std::size_t line, std::string reason);
  void warning(std::string file, std::size_t line, std::string reason);
  // One line per reason across all files: the first file is named and the
  // others counted.
  void note(std::string file, std::string reason);

  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t error_count() const { return errors_; }
  std::size_t warning_count() const { return warnings_; }
  bool has_errors() const { return errors_ > 0; }
  void append(const Diagnostics& other);

 private:
  void add(Diagnostic diagnostic);

  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
  std::unordered_map<std::string, std::size_t> kept_per_file_;
  // "severity \0 file \0 kind" -> index in items_ of the last one kept.
  std::unordered_map<std::string, std::size_t> last_of_kind_;
};

}  // namespace annals
