// Fitting the supervised date ranker's model on reference timelines.
#pragma once

#include <set>
#include <span>
#include <string>
#include <vector>

#include "corpus/corpus.h"
#include "annals/date_model.h"
#include "annals/request.h"
#include "dates/date_features.h"

namespace annals::tls {

// One reference timeline over the corpus it was written for.
struct DateTrainingExample {
  const Corpus* corpus = nullptr;
  TimelineRequest request;   // its window (from, to) selects articles and dates, as at prediction
  std::set<Date> reference;  // the reference timeline's dates: the positives
};

struct DateTrainingOptions {
  std::vector<std::string> features = news_tls_date_features();
  DateFeatureExtractor extract = extract_date_features;  // the table `features` are read from
  double c = 1.0;  // inverse L2 strength, sklearn's default
  std::string trained_on;  // copied to DateModel::trained_on
};

// Rows: per example, every day of the feature table inside its window (the
// only days the ranker ever scores), labelled positive when in the
// reference; features scaled per example as at prediction. Then logistic
// regression. Throws std::invalid_argument when the rows hold only one class.
DateModel train_date_model(std::span<const DateTrainingExample> examples, const DateTrainingOptions& options = {});

}  // namespace annals::tls
