// The cost of aligning a predicted date with a reference date, as tilse's
// align_date_costs and align_date_content_costs define it.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "annals/date.h"
#include "algorithms/cost_matrix.h"
#include "eval/interner.h"
#include "eval/rouge_counts.h"

namespace annals::eval {

using algorithms::Assignment;
using algorithms::CostMatrix;

// How much a hit between dates a and b counts: 1/(|a-b|+1). tilse computes
// the reciprocal first and multiplies the hits by it afterwards.
inline double date_weight(Date a, Date b) {
  int32_t distance = a > b ? a - b : b - a;
  return 1.0 / (distance + 1);
}

// 1 - 1/(|a-b|+1): zero on the same day, approaching 1 far apart.
inline double date_factor(Date a, Date b) { return 1 - date_weight(a, b); }

// Bags of tilse's crude content tokens (util.compute_rouge_approximation):
// whitespace-split words, case kept, no stemming, no stopwords; a word that
// is a substring of Python's string.punctuation is dropped.
class ContentTokenizer {
 public:
  NgramBag summary_bag(const std::vector<std::string>& sentences);

 private:
  Interner words_;
};

// tilse's approximate ROUGE-1 F1 of a predicted summary against the m
// reference summaries of one date (empty bags for references lacking it).
double approx_rouge1_f1(const NgramBag& pred, std::span<const NgramBag> refs);

// Cost matrices with predicted dates as rows and reference dates as columns.
CostMatrix date_costs(std::span<const Date> pred_dates, std::span<const Date> ref_dates);

// date_factor * (1 - approx F1). `ref_words[j]` holds the m reference bags
// of ref_dates[j].
CostMatrix date_content_costs(std::span<const Date> pred_dates, std::span<const NgramBag> pred_words,
                              std::span<const Date> ref_dates,
                              std::span<const std::vector<NgramBag>> ref_words);

}  // namespace annals::eval
