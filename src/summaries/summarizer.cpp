// The one place that lists the summarizers: adding one is one line here.
#include "summaries/summarizer.h"

#include <functional>

#include "summaries/centroid_opt_summarizer.h"
#include "summaries/centroid_rank_summarizer.h"
#include "corpus/keyword_filter.h"
#include "summaries/submodular_summarizer.h"
#include "summaries/textrank_summarizer.h"

namespace annals::tls {

bool eligible(const Corpus& corpus, std::uint32_t sentence, const SummaryRequest& request) {
  return !request.keywords || matches_keywords(corpus.sentences()[sentence].text, *request.keywords);
}

std::unique_ptr<Summarizer> make_summarizer(std::string_view name) {
  static const std::vector<std::pair<std::string_view, std::function<std::unique_ptr<Summarizer>()>>> kAll = {
      {"centroid-opt", [] { return std::make_unique<CentroidOptSummarizer>(); }},
      {"centroid-rank", [] { return std::make_unique<CentroidRankSummarizer>(); }},
      {"textrank", [] { return std::make_unique<TextRankSummarizer>(); }},
      {"submodular", [] { return std::make_unique<SubmodularSummarizer>(); }},
  };
  for (const auto& [known, make] : kAll)
    if (known == name) return make();
  return nullptr;
}

}  // namespace annals::tls
