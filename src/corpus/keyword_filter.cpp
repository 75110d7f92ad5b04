#include "corpus/keyword_filter.h"

#include <algorithm>

#include "text/normalizer.h"
#include "text/sentence_splitter.h"

namespace annals::tls {

bool matches_keywords(std::string_view sentence, const std::vector<std::string>& keywords) {
  if (keywords.empty()) return true;
  std::string folded = text::fold_case(sentence);
  for (const std::string& keyword : keywords)
    if (folded.find(keyword) != std::string::npos) return true;
  return false;
}

bool any_matches_keywords(const Corpus& corpus, std::span<const std::uint32_t> sentences,
                          const std::vector<std::string>& keywords) {
  return std::any_of(sentences.begin(), sentences.end(), [&](std::uint32_t s) {
    return matches_keywords(corpus.sentences()[s].proper, keywords);
  });
}

}  // namespace annals::tls

namespace annals {

std::vector<std::string> fold_keywords(const std::vector<std::string>& keywords) {
  std::vector<std::string> out;
  for (const std::string& keyword : keywords) {
    std::string folded = text::fold_case(text::trim(keyword));
    if (!folded.empty()) out.push_back(std::move(folded));
  }
  return out;
}

}  // namespace annals

