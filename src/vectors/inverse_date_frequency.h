// Chieu & Lee's sentence representation: a term weighs more the fewer dates
// it is used on, so that vocabulary of one event stands out against vocabulary
// present throughout the story.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "corpus/corpus.h"
#include "vectors/tfidf.h"

namespace annals::tls {

class InverseDateFrequency {
 public:
  // `dates[i]` is the date of sentences[i]; `all_dates` counts every date of
  // the collection (sentence and publication dates).
  InverseDateFrequency(const Corpus& corpus, std::span<const std::uint32_t> sentences, std::span<const Date> dates,
                       std::size_t all_dates);

  // Term counts times ln(all_dates / max(3, dates the term is used on)),
  // L2-normalised.
  SparseVector vectorize(const Sentence& sentence) const;

 private:
  std::vector<float> weight_;  // by term id
};

}  // namespace annals::tls
