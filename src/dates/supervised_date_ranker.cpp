#include "dates/supervised_date_ranker.h"

#include <algorithm>
#include <numeric>

#include "dates/date_features.h"
#include "corpus/publication_order.h"

namespace annals::tls {

SupervisedDateRanker::SupervisedDateRanker(std::shared_ptr<const DateModel> model, DateFeatureExtractor extract)
    : model_(std::move(model)), extract_(std::move(extract)) {}

std::vector<Date> SupervisedDateRanker::rank(const Corpus& corpus, const TimelineRequest& request) const {
  DateFeatureTable table = extract_(corpus, request, model_->features);
  std::vector<double> score(table.dates.size());
  for (std::size_t i = 0; i < score.size(); ++i) score[i] = model_->score(table.rows[i]);
  std::vector<std::size_t> order(score.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });

  std::vector<Date> ranked;
  for (std::size_t i : order)
    if (request.window.contains(table.dates[i])) ranked.push_back(table.dates[i]);
  return ranked;
}

}  // namespace annals::tls
