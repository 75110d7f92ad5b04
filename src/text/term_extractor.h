// From a sentence to the stems that describe its content.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/stemmer.h"
#include "text/term_dictionary.h"

namespace annals::text {

// Tokenizes, drops stopwords and stems, numbering stems in a dictionary that
// may be shared by the extractors of several languages. Remembers the
// outcome per surface token, since a few thousand words make up most of a
// news corpus. Not thread-safe: use one per thread.
class TermExtractor {
 public:
  TermExtractor(std::string_view language, TermDictionary& dictionary);

  // Appends the ids of the content stems of `sentence` to `out`, in order.
  void extract(std::string_view sentence, std::vector<std::uint32_t>& out);

 private:
  static constexpr std::uint32_t kStopword = UINT32_MAX;

  std::string language_;
  Stemmer stemmer_;
  TermDictionary& dictionary_;
  StringMap<std::uint32_t> token_terms_;  // case-folded token -> term id or kStopword
};

}  // namespace annals::text
