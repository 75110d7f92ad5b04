#include "dates/date_model_trainer.h"

#include <stdexcept>

#include "corpus/publication_order.h"
#include "algorithms/logistic_regression.h"

namespace annals::tls {

DateModel train_date_model(std::span<const DateTrainingExample> examples, const DateTrainingOptions& options) {
  std::vector<std::vector<double>> rows;
  std::vector<bool> labels;
  std::size_t positives = 0;
  for (const DateTrainingExample& example : examples) {
    DateFeatureTable table = options.extract(*example.corpus, example.request, options.features);
    for (std::size_t i = 0; i < table.dates.size(); ++i) {
      if (!example.request.window.contains(table.dates[i])) continue;
      bool positive = example.reference.count(table.dates[i]) > 0;
      positives += positive;
      rows.push_back(std::move(table.rows[i]));
      labels.push_back(positive);
    }
  }
  if (positives == 0 || positives == rows.size())
    throw std::invalid_argument("date model training needs both reference and non-reference dates");

  algorithms::LogisticModel fit = algorithms::fit_logistic_regression(rows, labels, options.c);
  DateModel model;
  model.features = options.features;
  model.weights = std::move(fit.weights);
  model.bias = fit.bias;
  model.trained_on = options.trained_on;
  return model;
}

}  // namespace annals::tls
