#include "text/term_extractor.h"

#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace annals::text {

TermExtractor::TermExtractor(std::string_view language, TermDictionary& dictionary)
    : language_(language), stemmer_(language), dictionary_(dictionary) {}

void TermExtractor::extract(std::string_view sentence, std::vector<std::uint32_t>& out) {
  for_each_token(sentence, [&](std::string_view token) {
    auto it = token_terms_.find(token);
    if (it == token_terms_.end()) {
      std::string key(token);
      std::uint32_t id = is_stopword(language_, key) ? kStopword : dictionary_.id_of(stemmer_.stem(key));
      it = token_terms_.emplace(std::move(key), id).first;
    }
    if (it->second != kStopword) out.push_back(it->second);
  });
}

}  // namespace annals::text
