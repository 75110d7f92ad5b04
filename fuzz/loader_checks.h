// What every load must give, whatever the bytes: the promises of
// load_articles (loader.h) and Diagnostic::to_string (diagnostics.h).
#pragma once

#include <cstdlib>
#include <string>

#include "annals/loader.h"

namespace annals::fuzz {

inline bool is_blank(const std::string& text) {
  return text.find_first_not_of(" \t\n\r\f\v") == std::string::npos;
}

// Aborts (a finding) when a result breaks a promise: blank articles, or a
// diagnostic whose printed form spans lines or shows raw control characters.
inline void check_load(const LoadResult& result) {
  for (const Article& article : result.articles) {
    if (is_blank(article.text) || article.language.empty() || article.source_file.empty()) std::abort();
  }
  std::size_t errors = 0;
  for (const Diagnostic& d : result.diagnostics.all()) {
    for (unsigned char c : d.to_string()) {
      if (c < 0x20 || c == 0x7F) std::abort();
    }
    if (d.severity == Diagnostic::Severity::kError) errors += 1 + d.more;
  }
  if (errors != result.diagnostics.error_count()) std::abort();
}

}  // namespace annals::fuzz
