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

bool says_other_day(const Sentence& sentence, DatePeriod period) {
  bool names_a_day = false;
  for (const TimeMention& m : sentence.mentions) {
    std::optional<DatePeriod> named = parse_iso_period(m.value);
    if (!named || named->granularity != m.granularity) continue;
    if (named->granularity == period.granularity && named->first_day == period.first_day) return false;
    if (m.granularity != Granularity::kDay) continue;
    if (period.contains(named->first_day)) return false;
    names_a_day = true;
  }
  return names_a_day;
}

}  // namespace annals::tls
