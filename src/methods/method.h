// The interface every timeline method implements, and what it returns.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "annals/request.h"
#include "corpus/corpus.h"
#include "summaries/timeline_guard.h"

namespace annals::tls {

// The sentences chosen for one date, as indices into Corpus::sentences().
struct DateSummary {
  Date date;
  std::vector<std::uint32_t> sentences;  // in summary order
  // kMonth or kYear when the sentences only name the month or year that
  // starts on `date` (TimelineEntry::granularity).
  Granularity granularity = Granularity::kDay;
};

// A timeline as a method chooses it, before it is rendered for people.
struct Selection {
  std::vector<DateSummary> entries;  // chronological
};

class Method {
 public:
  virtual ~Method() = default;
  // Never returns more than request.dates entries nor more than
  // request.sentences sentences per entry; entries are chronological, their
  // dates ones the request may show (inside request.window and, when it
  // gives dates, among them), and every sentence matches the keywords.
  // Every sentence is one the rules admit (sentence_rules(); see TimelineGuard).
  virtual Selection build(const Corpus& corpus, const TimelineRequest& request) const = 0;

  // Set by the registry from the method's readability parameters
  // (add_sentence_rule_parameters); a method built directly refuses nothing.
  void set_sentence_rules(SentenceRules rules) { rules_ = rules; }
  const SentenceRules& sentence_rules() const { return rules_; }

 private:
  SentenceRules rules_;
};

// Puts entries in chronological order (methods choose them by rank).
void sort_chronologically(Selection& selection);

// The days a date-wise method summarises, best first: what `rank` returns,
// or, when the request gives dates (the date oracle), those of them inside
// the window in chronological order, without ranking anything.
std::vector<Date> days_to_summarise(const TimelineRequest& request, const std::function<std::vector<Date>()>& rank);

}  // namespace annals::tls
