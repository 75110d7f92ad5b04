// Date selection, the first step of the datewise methods: which days deserve
// a timeline entry, best first.
#pragma once

#include <vector>

#include "corpus/corpus.h"
#include "annals/request.h"

namespace annals::tls {

class DateRanker {
 public:
  virtual ~DateRanker() = default;
  // Days inside the request's window, best first, without repeats. Only
  // articles published inside the window are read.
  virtual std::vector<Date> rank(const Corpus& corpus, const TimelineRequest& request) const = 0;
};

}  // namespace annals::tls
