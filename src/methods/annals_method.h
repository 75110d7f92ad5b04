// annals: DATEWISE with a richer learned date ranker and reference-like
// summary sentences (issue 11; work in progress, see docs/methods.md).
#pragma once

#include "methods/registry.h"

namespace annals::tls {

// Dates: logistic regression over annals_date_features (news-tls' six,
// window edges, every-mention counts), trained like datewise. Candidates:
// PM-MEAN, the wide pool when PM-MEAN has no keyword sentence, then the
// `min_words`..`max_words` band. Summary: `summarizer` (CENTROID-OPT).
MethodDefinition annals_method();

}  // namespace annals::tls
