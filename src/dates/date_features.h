// Statistics that describe how the coverage treats a day: the features of
// supervised date ranking (news-tls `SupervisedDateRanker.extract_features`).
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "corpus/corpus.h"
#include "annals/request.h"

namespace annals::tls {

// Feature names, for DateModel::features:
//   sents_total, sents_before, sents_after  sentences dated to the day (sentence_day),
//                                           all / published after / published before it
//   docs_total, docs_before, docs_after     articles with such a sentence, likewise
//   docs_published                          articles published on the day
// "before" means the day lies before the article's publication (news-tls'
// naming), i.e. the article looks back at it.
const std::vector<std::string>& date_feature_names();

// The features news-tls' ranker actually learns from: all but docs_published,
// which its extract_date_statistics never fills in (always 0 there).
const std::vector<std::string>& news_tls_date_features();

// One row per day that some sentence is dated to (dates outside the window
// included: they shape the scaling), sorted by day. Only articles published
// in the window are read. Each column is scaled to unit L2 norm over the rows,
// as news-tls does per collection, so that corpora of any size look alike.
struct DateFeatureTable {
  std::vector<Date> dates;
  std::vector<std::vector<double>> rows;  // rows[i][j]: feature j of dates[i]
};

// Throws std::invalid_argument for a name not in date_feature_names().
DateFeatureTable extract_date_features(const Corpus& corpus, const TimelineRequest& request,
                                       std::span<const std::string> features);

// A feature table builder as the supervised ranker and its trainer take it,
// so that one model format and one training serve every feature set
// (extract_date_features, extract_annals_date_features).
using DateFeatureExtractor = std::function<DateFeatureTable(const Corpus& corpus, const TimelineRequest& request,
                                                            std::span<const std::string> features)>;

}  // namespace annals::tls
