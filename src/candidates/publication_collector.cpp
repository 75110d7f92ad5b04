#include "candidates/publication_collector.h"

#include <algorithm>

namespace annals::tls {

void append_lead_sentences(const Corpus& corpus, std::uint32_t article, std::uint32_t lead,
                           std::vector<std::uint32_t>& out) {
  lead = std::min(lead, corpus.sentence_count(article));
  for (std::uint32_t s = 0; s < lead; ++s) out.push_back(corpus.first_sentence(article) + s);
}

PublicationCollector::PublicationCollector(const Corpus& corpus, std::uint32_t lead)
    : corpus_(corpus), lead_(lead), index_(corpus) {}

std::vector<std::uint32_t> PublicationCollector::collect(Date day, const TfidfModel&) const {
  std::vector<std::uint32_t> candidates;
  // news-tls P_SentenceCollector: `a.sentences[:5]`, pub_end = 2 days.
  for (Date published : {day, day + 1})
    for (std::uint32_t a : index_.articles_on(published)) append_lead_sentences(corpus_, a, lead_, candidates);
  return candidates;
}

}  // namespace annals::tls
