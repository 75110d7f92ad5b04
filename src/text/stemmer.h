// Snowball stemmers (libstemmer) chosen by language.
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace annals::text {

// Stems case-folded UTF-8 words with the Snowball algorithm for the language
// (en, es, fr, it, de; anything else gets the English stemmer). Not
// thread-safe: use one per thread.
class Stemmer {
 public:
  explicit Stemmer(std::string_view language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  std::string stem(std::string_view word);

 private:
  sb_stemmer* stemmer_;
};

}  // namespace annals::text
