// news-tls' P candidates: what was published about a day, read from the
// leads of that day's and the next day's articles.
#pragma once

#include "tls/candidate_collector.h"
#include "tls/publication_index.h"

namespace annals::tls {

// The first five sentences of every article published on the day or the day
// after (reports of an event often appear the morning after), dated or not,
// the day's articles first, each in corpus order.
class PublicationCollector final : public CandidateCollector {
 public:
  PublicationCollector(const Corpus& corpus, const TimelineRequest& request);

  // `model` is not needed: P takes no similarity into account.
  std::vector<std::uint32_t> collect(Date day, const TfidfModel& model) const override;

 private:
  const Corpus& corpus_;
  PublicationIndex index_;
};

}  // namespace annals::tls
