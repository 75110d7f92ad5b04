#include "annals/diagnostics.h"

#include <algorithm>

namespace annals {

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += reason;
  return out;
}

void Diagnostics::error(std::string file, std::size_t line, std::string reason) {
  items_.push_back({Diagnostic::Severity::kError, std::move(file), line, std::move(reason)});
}

void Diagnostics::warning(std::string file, std::size_t line, std::string reason) {
  items_.push_back({Diagnostic::Severity::kWarning, std::move(file), line, std::move(reason)});
}

std::size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::kError; });
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

}  // namespace annals
