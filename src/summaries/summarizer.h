// Choosing a date's summary from candidate sentences: the one interface that
// every summarizer (CENTROID-OPT, CENTROID-RANK, TEXTRANK, SUBMODULAR) implements,
// so that a method can be combined with any of them.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/corpus.h"
#include "summaries/timeline_guard.h"
#include "vectors/tfidf.h"

namespace annals::tls {

struct SummaryRequest {
  std::size_t sentences = 2;  // K: the summary has at most this many sentences
  // Case-folded keywords (TimelineRequest::keywords); when non-empty every
  // summary sentence must contain one. Candidates without a keyword still
  // shape the summary (centroid, graph, coverage) but are never picked.
  const std::vector<std::string>* keywords = nullptr;
  // When set, only sentences it admits are picked (like keywords, the others
  // still shape the summary), so a refused sentence gives way to the next best.
  const TimelineGuard* guard = nullptr;
};

class Summarizer {
 public:
  virtual ~Summarizer() = default;
  // Up to K of `candidates` (indices into corpus.sentences()), in summary
  // order, vectorised with `model`. Never picks a sentence twice.
  virtual std::vector<std::uint32_t> summarize(const Corpus& corpus, const TfidfModel& model,
                                               std::span<const std::uint32_t> candidates,
                                               const SummaryRequest& request) const = 0;
};

// True when the sentence may appear in a summary under the request's keywords and guard.
bool eligible(const Corpus& corpus, std::uint32_t sentence, const SummaryRequest& request);

// The registered summarizers: "centroid-opt", "centroid-rank", "textrank", "submodular".
const std::vector<std::string>& summarizer_names();
// The summarizer of that name; nullptr for any other name.
std::unique_ptr<Summarizer> make_summarizer(std::string_view name);

}  // namespace annals::tls
