// news-tls' P candidates: what was published about a day, read from the
// leads of that day's and the next day's articles.
#pragma once

#include "candidates/candidate_collector.h"
#include "corpus/publication_index.h"

namespace annals::tls {

// News leads carry the facts; later sentences drift into background. news-tls
// clips articles to their first five sentences for P and for CLUST.
inline constexpr std::uint32_t kLeadSentences = 5;

// Appends the indices of the article's first `lead` sentences.
void append_lead_sentences(const Corpus& corpus, std::uint32_t article, std::uint32_t lead,
                           std::vector<std::uint32_t>& out);

// The first `lead` sentences of every article published on the day or the
// day after (reports of an event often appear the morning after), dated or
// not, the day's articles first, each in corpus order.
class PublicationCollector final : public CandidateCollector {
 public:
  explicit PublicationCollector(const Corpus& corpus, std::uint32_t lead = kLeadSentences);

  // `model` is not needed: P takes no similarity into account.
  std::vector<std::uint32_t> collect(Date day, const TfidfModel& model) const override;
  const PublicationIndex& index() const { return index_; }

 private:
  const Corpus& corpus_;
  std::uint32_t lead_;
  PublicationIndex index_;
};

}  // namespace annals::tls
