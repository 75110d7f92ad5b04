#include "text/stemmer.h"

#include <libstemmer.h>

#include <stdexcept>

namespace annals::text {

namespace {
const char* algorithm_for(std::string_view language) {
  if (language == "es") return "spanish";
  if (language == "fr") return "french";
  if (language == "it") return "italian";
  if (language == "de") return "german";
  return "english";
}
}  // namespace

Stemmer::Stemmer(std::string_view language) : stemmer_(sb_stemmer_new(algorithm_for(language), "UTF_8")) {
  if (stemmer_ == nullptr) throw std::runtime_error("libstemmer could not create a stemmer");
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

std::string Stemmer::stem(std::string_view word) {
  const sb_symbol* stemmed =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), int(word.size()));
  // A null result means libstemmer ran out of memory: keep the word.
  return stemmed ? std::string(reinterpret_cast<const char*>(stemmed), std::size_t(sb_stemmer_length(stemmer_)))
                 : std::string(word);
}

}  // namespace annals::text
