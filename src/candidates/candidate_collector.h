// Candidate sentences of a date: what a date-wise method summarises once it
// has chosen the date.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "corpus/corpus.h"
#include "vectors/tfidf.h"

namespace annals::tls {

class CandidateCollector {
 public:
  virtual ~CandidateCollector() = default;
  // Sentence indices into Corpus::sentences(), in a fixed order.
  virtual std::vector<std::uint32_t> collect(Date day, const TfidfModel& model) const = 0;
};

// news-tls' candidate selections.
enum class CandidateSelection {
  kPublished,  // P: lead sentences of the articles published that day or the next
  kPmMean,     // PM-MEAN: dated and lead sentences, filtered by the date vector
};

// A collector over the articles of the corpus.
std::unique_ptr<CandidateCollector> make_candidate_collector(CandidateSelection selection, const Corpus& corpus);

}  // namespace annals::tls
