// From a method's selection to the timeline people and programs get.
#pragma once

#include <optional>
#include <string_view>

#include "annals/timeline.h"
#include "corpus/corpus.h"
#include "methods/method.h"

namespace annals {

// Copies each chosen sentence's text and provenance out of the corpus.
Timeline render(const tls::Selection& selection, const Corpus& corpus);

// A sentence's text as a timeline shows it: page furniture glued before it
// and a wire dateline at its start cut (the dateline, if any, to `dateline`).
std::string_view shown_text(std::string_view text, std::optional<Dateline>* dateline = nullptr);

}  // namespace annals
