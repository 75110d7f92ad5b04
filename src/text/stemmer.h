// Snowball stemmers (libstemmer) chosen by language.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace annals::text {

// Stems case-folded UTF-8 words with the Snowball algorithm for the language
// (en, es, fr, it, de; anything else gets the English stemmer). Remembers
// every word it has stemmed because news vocabularies are small and repeat a
// lot. Not thread-safe: use one per thread.
class Stemmer {
 public:
  explicit Stemmer(std::string_view language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  const std::string& stem(const std::string& word);

 private:
  sb_stemmer* stemmer_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace annals::text
