#include "text/term_extractor.h"

#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace annals::text {

TermExtractor::TermExtractor(std::string_view language) : language_(language), stemmer_(language) {}

void TermExtractor::extract(std::string_view sentence, std::vector<std::string>& out) {
  tokens_.clear();
  tokenize(sentence, tokens_);
  for (const std::string& token : tokens_) {
    auto it = terms_.find(token);
    if (it == terms_.end()) {
      std::string term = is_stopword(language_, token) ? std::string() : stemmer_.stem(token);
      it = terms_.emplace(token, std::move(term)).first;
    }
    if (!it->second.empty()) out.push_back(it->second);
  }
}

}  // namespace annals::text
