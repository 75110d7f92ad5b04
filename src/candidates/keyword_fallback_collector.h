// Candidates with a second chance: a day whose candidates hold no keyword
// sentence gets no summary, so another collector is asked instead.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "candidates/candidate_collector.h"

namespace annals::tls {

class KeywordFallbackCollector final : public CandidateCollector {
 public:
  // `keywords` as TimelineRequest::keywords (empty: every sentence matches).
  KeywordFallbackCollector(const Corpus& corpus, std::vector<std::string> keywords,
                           std::unique_ptr<CandidateCollector> primary, std::unique_ptr<CandidateCollector> fallback);

  // The primary candidates when one of them matches the keywords, else the
  // fallback's (also when the primary has none at all).
  std::vector<std::uint32_t> collect(Date day, const TfidfModel& model) const override;

 private:
  const Corpus& corpus_;
  std::vector<std::string> keywords_;
  std::unique_ptr<CandidateCollector> primary_, fallback_;
};

}  // namespace annals::tls
