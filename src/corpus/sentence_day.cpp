#include "corpus/sentence_day.h"

namespace annals::tls {

std::optional<Date> sentence_day(const Sentence& sentence) {
  for (const TimeMention& m : sentence.mentions)
    if (m.granularity != Granularity::kDecade) return m.day();
  return std::nullopt;
}

}  // namespace annals::tls
