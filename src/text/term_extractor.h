// From a sentence to the stems that describe its content.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/stemmer.h"

namespace annals::text {

// Tokenizes, drops stopwords and pure punctuation, and stems. Caches the
// decision per surface token, since the same few thousand words make up most
// of a news corpus. Not thread-safe: use one per thread.
class TermExtractor {
 public:
  explicit TermExtractor(std::string_view language);

  // Appends the content stems of `sentence` to `out`, in order.
  void extract(std::string_view sentence, std::vector<std::string>& out);

 private:
  std::string language_;
  Stemmer stemmer_;
  std::vector<std::string> tokens_;                     // scratch, reused between calls
  std::unordered_map<std::string, std::string> terms_;  // token -> stem, "" for stopwords
};

}  // namespace annals::text
