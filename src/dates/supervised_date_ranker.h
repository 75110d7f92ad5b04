// Supervised date ranking (news-tls DATEWISE): a linear model over the
// statistics of each mentioned day.
#pragma once

#include <memory>

#include "annals/date_model.h"
#include "dates/date_features.h"
#include "dates/date_ranker.h"

namespace annals::tls {

// Scores every day of the feature table with the model; ties go to the
// earlier day. With extract_date_features (news-tls), days that no sentence
// is dated to are never proposed.
class SupervisedDateRanker final : public DateRanker {
 public:
  explicit SupervisedDateRanker(std::shared_ptr<const DateModel> model,
                                DateFeatureExtractor extract = extract_date_features);
  std::vector<Date> rank(const Corpus& corpus, const TimelineRequest& request) const override;

 private:
  std::shared_ptr<const DateModel> model_;
  DateFeatureExtractor extract_;
};

}  // namespace annals::tls
