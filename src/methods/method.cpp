#include "methods/method.h"

#include <algorithm>

namespace annals::tls {

void sort_chronologically(Selection& selection) {
  std::sort(selection.entries.begin(), selection.entries.end(),
            [](const DateSummary& a, const DateSummary& b) { return a.date < b.date; });
}

}  // namespace annals::tls
