// Candidate sentences of a date, news-tls' PM-MEAN collector: sentences dated
// to the day (M) and lead sentences published that day or the next (P),
// filtered by similarity to what the two sets have in common.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "candidates/candidate_collector.h"

namespace annals::tls {

// news-tls: clip_sents = 5 lead sentences, but its test `j <= clip_sents` takes six.
inline constexpr std::uint32_t kPmMeanLeadSentences = 6;
// news-tls: pub_end = 2, an article feeds its publication day and the day before.
inline constexpr int kPmMeanPublicationDays = 2;

class PmMeanCollector final : public CandidateCollector {
 public:
  // Indexes the articles published in the window: each sentence with a
  // sentence_day goes to M of that day; each other sentence among the first
  // `lead` of its article (news-tls: six, its `j <= clip_sents` with
  // clip_sents = 5) goes to P of its publication day and of the day before.
  explicit PmMeanCollector(const Corpus& corpus, std::uint32_t lead = kPmMeanLeadSentences);

  // The candidates of `day` (M before P). When both sets are non-empty, the
  // day vector keeps the terms present in both sums, weighted by the mean of
  // each set; sentences whose cosine to it is positive and above a threshold
  // stay; all of them stay when none passes. The threshold is news-tls':
  // the knee of the sorted cosines gives an index, read (as its code does)
  // in the unsorted list M then P.
  std::vector<std::uint32_t> collect(Date day, const TfidfModel& model) const override;

 private:
  const Corpus& corpus_;
  std::map<Date, std::vector<std::uint32_t>> mentioning_;
  std::map<Date, std::vector<std::uint32_t>> published_;
};

}  // namespace annals::tls
