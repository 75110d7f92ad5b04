// The DATEWISE family (news-tls `DatewiseTimelineGenerator`): rank dates
// first, then summarise each date from its candidates (PM-MEAN or P).
#pragma once

#include <memory>

#include "annals/method.h"
#include "candidates/candidate_collector.h"
#include "dates/date_ranker.h"
#include "summaries/summarizer.h"

namespace annals::tls {

// Walks the ranked dates, summarising each date's candidates (PM-MEAN unless
// told otherwise) with CENTROID-OPT; a date whose
// candidates yield no summary (e.g. none has a keyword) is skipped and the
// next one taken, until L dates are filled. TF-IDF is fitted on every
// sentence of the articles published in the window.
class DatewiseMethod final : public Method {
 public:
  explicit DatewiseMethod(std::unique_ptr<DateRanker> ranker,
                          CandidateSelection candidates = CandidateSelection::kPmMean);
  Timeline build(const Corpus& corpus, const TimelineRequest& request) const override;

 private:
  std::unique_ptr<DateRanker> ranker_;
  CandidateSelection candidates_;
  std::unique_ptr<Summarizer> summarizer_;
};

}  // namespace annals::tls
