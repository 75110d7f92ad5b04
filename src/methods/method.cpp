#include "methods/method.h"

#include <algorithm>

namespace annals::tls {

void sort_chronologically(Selection& selection) {
  std::sort(selection.entries.begin(), selection.entries.end(),
            [](const DateSummary& a, const DateSummary& b) { return a.date < b.date; });
}

std::vector<Date> days_to_summarise(const TimelineRequest& request, const std::function<std::vector<Date>()>& rank) {
  if (request.given_dates.empty()) return rank();
  std::vector<Date> days;
  for (Date day : request.given_dates)
    if (request.window.contains(day)) days.push_back(day);
  return days;
}

}  // namespace annals::tls
