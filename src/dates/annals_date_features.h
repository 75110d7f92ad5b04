// The date features of the `annals` method: news-tls' six statistics, the
// window's edges and the mention features, over every day a request could show.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "annals/request.h"
#include "corpus/corpus.h"
#include "dates/date_features.h"

namespace annals::tls {

// Feature names, in column order:
//   sents_total .. docs_after    news_tls_date_features(), as extract_date_features
//                                computes them (unit L2 norm over every day a
//                                sentence is dated to); 0 on a day none is dated to
//   first_day, last_day          1 on the window's first / last day, else 0; an
//                                open end counts as the first / last publication day
//   docs, docs_later, burst_m    mention_features() over the rows
const std::vector<std::string>& annals_date_feature_names();

// Rows: every day inside the window with a publication or a day mention,
// sorted (publication days too: a day reported but never named is still a
// candidate). Throws std::invalid_argument for a name not in
// annals_date_feature_names().
DateFeatureTable extract_annals_date_features(const Corpus& corpus, const TimelineRequest& request,
                                              std::span<const std::string> features);

}  // namespace annals::tls
