#include "methods/datewise_method.h"

#include <algorithm>

#include "summaries/centroid_opt_summarizer.h"
#include "corpus/date_window.h"
#include "vectors/tfidf.h"

namespace annals::tls {

DatewiseMethod::DatewiseMethod(std::unique_ptr<DateRanker> ranker, CandidateSelection candidates)
    : ranker_(std::move(ranker)), candidates_(candidates), summarizer_(std::make_unique<CentroidOptSummarizer>()) {}

Timeline DatewiseMethod::build(const Corpus& corpus, const TimelineRequest& request) const {
  std::vector<std::uint32_t> in_window;
  for (std::uint32_t a : articles_in_window(corpus, request))
    for (std::uint32_t s = 0; s < corpus.sentence_count(a); ++s) in_window.push_back(corpus.first_sentence(a) + s);
  TfidfModel model(corpus, in_window);
  auto collector = make_candidate_collector(candidates_, corpus, request);

  SummaryRequest summary_request;
  summary_request.sentences = request.sentences;
  summary_request.keywords = &request.keywords;
  Timeline timeline;
  for (Date day : ranker_->rank(corpus, request)) {
    if (timeline.entries.size() >= request.dates) break;
    auto summary = summarizer_->summarize(corpus, model, collector->collect(day, model), summary_request);
    if (!summary.empty()) timeline.entries.push_back({day, std::move(summary)});
  }
  std::sort(timeline.entries.begin(), timeline.entries.end(),
            [](const TimelineEntry& a, const TimelineEntry& b) { return a.date < b.date; });
  return timeline;
}

}  // namespace annals::tls
