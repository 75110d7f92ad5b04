#include "tls/publication_collector.h"

#include <algorithm>

namespace annals::tls {

namespace {
// news-tls P_SentenceCollector: clip_sents = 5 (`a.sentences[:5]`), pub_end = 2 days.
constexpr std::uint32_t kLeadSentences = 5;
}  // namespace

PublicationCollector::PublicationCollector(const Corpus& corpus, const TimelineRequest& request)
    : corpus_(corpus), index_(corpus, request) {}

std::vector<std::uint32_t> PublicationCollector::collect(Date day, const TfidfModel&) const {
  std::vector<std::uint32_t> candidates;
  for (Date published : {day, day + 1}) {
    for (std::uint32_t a : index_.articles_on(published)) {
      std::uint32_t lead = std::min(kLeadSentences, corpus_.sentence_count(a));
      for (std::uint32_t s = 0; s < lead; ++s) candidates.push_back(corpus_.first_sentence(a) + s);
    }
  }
  return candidates;
}

}  // namespace annals::tls
