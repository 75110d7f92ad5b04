#include "summaries/centroid_rank_summarizer.h"

#include "summaries/centroid_summarizer.h"

namespace annals::tls {

std::vector<std::uint32_t> CentroidRankSummarizer::summarize(const Corpus& corpus, const TfidfModel& model,
                                                             std::span<const std::uint32_t> candidates,
                                                             const SummaryRequest& request) const {
  // The baseline's ranking, with news-tls's duplicate threshold instead of
  // the baseline's stricter redundancy one.
  CentroidRankOptions options;
  options.sentences = request.sentences;
  options.max_redundancy = 0.9999f;
  options.keywords = request.keywords;
  options.guard = request.guard;
  return summarize_by_centroid(corpus, model, candidates, options);
}

}  // namespace annals::tls
