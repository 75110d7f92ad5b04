// The DATEWISE family (news-tls `DatewiseTimelineGenerator`): rank dates
// first, then summarise each date from its candidates.
#pragma once

#include <memory>

#include "candidates/candidate_collector.h"
#include "dates/date_ranker.h"
#include "methods/registry.h"
#include "summaries/summarizer.h"

namespace annals::tls {

// Walks the ranked dates, summarising each date's candidates; a date whose
// candidates yield no summary (e.g. none has a keyword) is skipped and the
// next one taken, until L dates are filled. TF-IDF is fitted on every
// sentence of the corpus.
class DatewiseMethod final : public Method {
 public:
  DatewiseMethod(std::unique_ptr<DateRanker> ranker, CandidateSelection candidates,
                 std::unique_ptr<Summarizer> summarizer);
  Selection build(const Corpus& corpus, const TimelineRequest& request) const override;

 private:
  std::unique_ptr<DateRanker> ranker_;
  CandidateSelection candidates_;
  std::unique_ptr<Summarizer> summarizer_;
};

// news-tls PUBCOUNT: publication-count date ranking, P candidates.
MethodDefinition pubcount_method();
// news-tls DATEWISE: supervised date ranking, PM-MEAN candidates.
MethodDefinition datewise_method();
// DATEWISE with MENTION-COUNT date ranking.
MethodDefinition datewise_mc_method();

}  // namespace annals::tls
