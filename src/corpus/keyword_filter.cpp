#include "corpus/keyword_filter.h"

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

