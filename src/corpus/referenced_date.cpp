#include "corpus/referenced_date.h"

#include <charconv>

namespace annals::tls {

namespace {

// "YYYY-MM-DD", "YYYY-MM" or "YYYY" as the first day it covers.
std::optional<Date> first_day(const TimeMention& mention) {
  const std::string& v = mention.value;
  auto number = [&](std::size_t at, std::size_t length) {
    int n = 0;
    auto [end, error] = std::from_chars(v.data() + at, v.data() + at + length, n);
    return error == std::errc() && end == v.data() + at + length ? n : -1;
  };
  switch (mention.granularity) {
    case Granularity::kDay: return mention.day();
    case Granularity::kMonth: return v.size() == 7 ? Date::from_ymd(number(0, 4), number(5, 2), 1) : std::nullopt;
    case Granularity::kYear: return v.size() == 4 ? Date::from_ymd(number(0, 4), 1, 1) : std::nullopt;
    case Granularity::kDecade: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

ReferencedDate referenced_date(const Sentence& sentence, Date published) {
  for (const TimeMention& m : sentence.mentions)
    if (auto day = first_day(m)) return {*day, m.granularity};
  return {published, Granularity::kDay};
}

}  // namespace annals::tls
