// Date features from every day mention. news-tls' statistics (date_features.h)
// count a sentence only under its first temporal expression; a sentence that
// reports one day and recalls another ("talks of March 2 resume on March 5")
// is evidence for both, and retrospective articles name the days that mattered.
#pragma once

#include <map>
#include <span>
#include <string>
#include <vector>

#include "corpus/corpus.h"

namespace annals::tls {

// Raw counts of one day over the corpus' articles.
struct DayMentions {
  double sentences = 0;       // m(d): sentences with a day mention of d
  double articles = 0;        // articles with such a sentence
  double later_articles = 0;  // of those, the ones published after d (looking back at it)
};

// Every day some sentence names (mentioned_days), outside the window too.
std::map<Date, DayMentions> count_day_mentions(const Corpus& corpus);

// Feature names, in column order:
//   docs        log1p(articles naming d), divided by the maximum over the rows
//   docs_later  log1p(later articles naming d), likewise
//   burst_m     log1p(m(d)) - log1p(sum over k = 1..7 of (m(d-k) + m(d+k)) / 14),
//               divided by the maximum |value| over the rows: a day named
//               more than the fortnight around it
// Scaling over the rows makes corpora of any size alike; log1p keeps the
// busiest day from flattening all others.
const std::vector<std::string>& mention_feature_names();

// One row per day of `days` (in that order), columns as mention_feature_names().
std::vector<std::vector<double>> mention_features(const std::map<Date, DayMentions>& mentions,
                                                  std::span<const Date> days);

}  // namespace annals::tls
