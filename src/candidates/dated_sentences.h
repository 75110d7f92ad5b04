// The sentences that tilse's methods (Chieu & Lee, Martschat & Markert)
// choose from, with the dates and vectors they reason with.
#pragma once

#include <cstdint>
#include <vector>

#include "corpus/corpus.h"
#include "annals/request.h"
#include "corpus/referenced_date.h"
#include "vectors/tfidf.h"

namespace annals::tls {

struct DatedSentences {
  std::vector<std::uint32_t> sentences;   // corpus sentence indices
  std::vector<ReferencedDate> dates;      // referenced_date of each
  std::vector<Date> published;            // publication day of each sentence's article
  std::vector<SparseVector> vectors;      // InverseDateFrequency vectors, L2-normalised
};

// Every sentence of the articles published in the request's window that
// passes the keyword filter: tilse drops the other sentences before any
// statistic is computed.
DatedSentences dated_sentences(const Corpus& corpus, const TimelineRequest& request);

}  // namespace annals::tls
