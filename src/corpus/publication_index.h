// Articles grouped by publication day, inside a request's date window.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "annals/corpus.h"
#include "annals/method.h"

namespace annals::tls {

class PublicationIndex {
 public:
  PublicationIndex(const Corpus& corpus, const TimelineRequest& request);

  // Articles published on `day` (empty when none or outside the window).
  const std::vector<std::uint32_t>& articles_on(Date day) const;
  // Days with at least one article, ordered by article count (descending),
  // ties broken by the earlier day.
  std::vector<Date> days_by_count() const;
  const std::map<Date, std::vector<std::uint32_t>>& days() const { return by_day_; }

 private:
  std::map<Date, std::vector<std::uint32_t>> by_day_;
};

}  // namespace annals::tls
