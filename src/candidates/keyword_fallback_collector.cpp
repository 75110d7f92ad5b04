#include "candidates/keyword_fallback_collector.h"

#include "corpus/keyword_filter.h"

namespace annals::tls {

KeywordFallbackCollector::KeywordFallbackCollector(const Corpus& corpus, std::vector<std::string> keywords,
                                                   std::unique_ptr<CandidateCollector> primary,
                                                   std::unique_ptr<CandidateCollector> fallback)
    : corpus_(corpus), keywords_(std::move(keywords)), primary_(std::move(primary)), fallback_(std::move(fallback)) {}

std::vector<std::uint32_t> KeywordFallbackCollector::collect(Date day, const TfidfModel& model) const {
  std::vector<std::uint32_t> candidates = primary_->collect(day, model);
  if (any_matches_keywords(corpus_, candidates, keywords_)) return candidates;
  return fallback_->collect(day, model);
}

}  // namespace annals::tls
