#include "candidates/length_band_collector.h"

#include "corpus/keyword_filter.h"

namespace annals::tls {

LengthBandCollector::LengthBandCollector(const Corpus& corpus, std::vector<std::string> keywords, WordBand band,
                                         std::unique_ptr<CandidateCollector> inner)
    : corpus_(corpus), keywords_(std::move(keywords)), band_(band), inner_(std::move(inner)) {}

std::vector<std::uint32_t> LengthBandCollector::collect(Date day, const TfidfModel& model) const {
  std::vector<std::uint32_t> candidates = inner_->collect(day, model);
  std::vector<std::uint32_t> kept;
  for (std::uint32_t s : candidates)
    if (band_.contains(word_count(corpus_.sentences()[s].proper))) kept.push_back(s);
  return any_matches_keywords(corpus_, kept, keywords_) ? kept : candidates;
}

}  // namespace annals::tls
