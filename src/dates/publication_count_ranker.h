// PUBCOUNT date ranking: the busiest publication days.
#pragma once

#include "dates/date_ranker.h"

namespace annals::tls {

// Days by number of articles published on them; ties go to the earlier day.
class PublicationCountRanker final : public DateRanker {
 public:
  std::vector<Date> rank(const Corpus& corpus, const TimelineRequest& request) const override;
};

}  // namespace annals::tls
