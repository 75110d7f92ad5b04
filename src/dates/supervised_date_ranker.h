// Supervised date ranking (news-tls DATEWISE): a linear model over the
// statistics of each mentioned day.
#pragma once

#include <memory>

#include "annals/date_model.h"
#include "dates/date_ranker.h"

namespace annals::tls {

// Scores every day some sentence is dated to (extract_date_features) with the
// model; ties go to the earlier day. Days that no sentence names are never
// proposed, as in news-tls.
class SupervisedDateRanker final : public DateRanker {
 public:
  explicit SupervisedDateRanker(std::shared_ptr<const DateModel> model);
  std::vector<Date> rank(const Corpus& corpus, const TimelineRequest& request) const override;

 private:
  std::shared_ptr<const DateModel> model_;
};

}  // namespace annals::tls
