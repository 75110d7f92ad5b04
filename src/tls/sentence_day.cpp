#include "tls/sentence_day.h"

namespace annals::tls {

std::optional<Date> sentence_day(const Sentence& sentence) {
  if (sentence.mentions.empty()) return std::nullopt;
  return sentence.mentions.front().day();
}

}  // namespace annals::tls
