// Candidates of a reference-like length. Reference timelines summarise a day
// in short sentences (Timeline17: 15-24 words) while CENTROID-OPT favours
// long ones that cover the centroid; keeping mid-length candidates trades a
// little recall for much precision.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "candidates/candidate_collector.h"
#include "text/near_copy.h"

namespace annals::tls {

using text::word_count;

struct WordBand {
  std::size_t min_words = 8;
  std::size_t max_words = 40;
  bool contains(std::size_t words) const { return words >= min_words && words <= max_words; }
};

class LengthBandCollector final : public CandidateCollector {
 public:
  // `keywords` as TimelineRequest::keywords (empty: every sentence matches).
  LengthBandCollector(const Corpus& corpus, std::vector<std::string> keywords, WordBand band,
                      std::unique_ptr<CandidateCollector> inner);

  // The inner candidates inside the band, in their order; all of them when
  // none inside it matches the keywords (the band must not cost a day its
  // summary).
  std::vector<std::uint32_t> collect(Date day, const TfidfModel& model) const override;

 private:
  const Corpus& corpus_;
  std::vector<std::string> keywords_;
  WordBand band_;
  std::unique_ptr<CandidateCollector> inner_;
};

}  // namespace annals::tls
