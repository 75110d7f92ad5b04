// Articles of a corpus grouped by publication day.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "corpus/corpus.h"

namespace annals::tls {

class PublicationIndex {
 public:
  explicit PublicationIndex(const Corpus& corpus);

  // Articles published on `day` (empty when none).
  const std::vector<std::uint32_t>& articles_on(Date day) const;
  // Days with at least one article, ordered by article count (descending),
  // ties broken by the earlier day.
  std::vector<Date> days_by_count() const;
  const std::map<Date, std::vector<std::uint32_t>>& days() const { return by_day_; }

 private:
  std::map<Date, std::vector<std::uint32_t>> by_day_;
};

}  // namespace annals::tls
