#include "eval/alignment.h"

#include "eval/f_score.h"
#include "formats/python_text.h"

namespace annals::eval {

namespace {

constexpr std::string_view kPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

}  // namespace

NgramBag ContentTokenizer::summary_bag(const std::vector<std::string>& sentences) {
  std::vector<TokenId> ids;
  for (const std::string& sentence : sentences)
    for (std::string_view word : python_split(sentence))
      if (kPunctuation.find(word) == std::string_view::npos) ids.push_back(words_.intern(word));
  return NgramBag(ids, 1);
}

double approx_rouge1_f1(const NgramBag& pred, std::span<const NgramBag> refs) {
  RougeCounts counts = rouge_counts(pred, refs);
  double precision = counts.peer == 0 ? 0.0 : double(counts.hits) / double(counts.peer);
  double recall = counts.model == 0 ? 0.0 : double(counts.hits) / double(counts.model);
  return f1_score(precision, recall);
}

CostMatrix date_costs(std::span<const Date> pred_dates, std::span<const Date> ref_dates) {
  CostMatrix costs(pred_dates.size(), ref_dates.size());
  for (std::size_t i = 0; i < pred_dates.size(); ++i)
    for (std::size_t j = 0; j < ref_dates.size(); ++j) costs.at(i, j) = date_factor(pred_dates[i], ref_dates[j]);
  return costs;
}

CostMatrix date_content_costs(std::span<const Date> pred_dates, std::span<const NgramBag> pred_words,
                              std::span<const Date> ref_dates,
                              std::span<const std::vector<NgramBag>> ref_words) {
  CostMatrix costs(pred_dates.size(), ref_dates.size());
  for (std::size_t i = 0; i < pred_dates.size(); ++i)
    for (std::size_t j = 0; j < ref_dates.size(); ++j)
      costs.at(i, j) =
          date_factor(pred_dates[i], ref_dates[j]) * (1 - approx_rouge1_f1(pred_words[i], ref_words[j]));
  return costs;
}

}  // namespace annals::eval
