// From a method's selection to the timeline people and programs get.
#pragma once

#include "annals/timeline.h"
#include "corpus/corpus.h"
#include "methods/method.h"

namespace annals {

// Copies each chosen sentence's text and provenance out of the corpus.
Timeline render(const tls::Selection& selection, const Corpus& corpus);

}  // namespace annals
