#include "corpus/referenced_date.h"

namespace annals::tls {

namespace {

// "YYYY-MM-DD", "YYYY-MM" or "YYYY" as the first day it covers.
std::optional<Date> first_day(const TimeMention& mention) {
  if (mention.granularity == Granularity::kDecade) return std::nullopt;
  std::optional<DatePeriod> period = parse_iso_period(mention.value);
  if (!period || period->granularity != mention.granularity) return std::nullopt;
  return period->first_day;
}

}  // namespace

ReferencedDate referenced_date(const Sentence& sentence, Date published) {
  for (const TimeMention& m : sentence.mentions)
    if (auto day = first_day(m)) return {*day, m.granularity};
  return {published, Granularity::kDay};
}

}  // namespace annals::tls
