// MENTION-COUNT date ranking: the days the coverage talks about most.
#pragma once

#include "dates/date_ranker.h"

namespace annals::tls {

// Days by number of sentences dated to them (sentence_day), counting the
// sentences of articles published in the window; publication days themselves
// do not count. Ties go to the day mentioned first, reading articles by
// publication day, as news-tls does.
class MentionCountRanker final : public DateRanker {
 public:
  std::vector<Date> rank(const Corpus& corpus, const TimelineRequest& request) const override;
};

}  // namespace annals::tls
