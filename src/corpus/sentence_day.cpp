#include "corpus/sentence_day.h"

#include <algorithm>

namespace annals::tls {

std::optional<Date> sentence_day(const Sentence& sentence) {
  for (const TimeMention& m : sentence.mentions)
    if (m.granularity != Granularity::kDecade) return m.day();
  return std::nullopt;
}

std::vector<Date> mentioned_days(const Sentence& sentence) {
  std::vector<Date> days;
  for (const TimeMention& m : sentence.mentions)
    if (auto day = m.day()) days.push_back(*day);
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

}  // namespace annals::tls
