// The sentence oracle's seam (issue 11): a date's summary chosen by the
// caller, who knows the reference, from a pool of the day's sentences.
#pragma once

#include "annals/engine.h"
#include "corpus/corpus.h"
#include "methods/method.h"

namespace annals {

// Replaces the sentences of each day entry of `selection` by those `oracle`
// picks from the day's pool: every sentence of the corpus that names the day
// or comes from an article published on it or the day after, with a keyword
// of the request. Month and year entries, and entries the oracle returns
// nothing for, keep the method's sentences.
void apply_summary_oracle(tls::Selection& selection, const Corpus& corpus, const TimelineRequest& request,
                          const SummaryOracle& oracle);

}  // namespace annals
