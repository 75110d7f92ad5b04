// Where the sentence proper starts: past the page furniture glued before it
// (text/lead_furniture.h), a wire dateline at its start (text/dateline.h) or,
// in an article's first sentence, a headline run into the lead
// (text/glued_headline.h).
// What comes before is not part of what the sentence says, so the analysis
// takes its words and dates from the sentence proper only, and a timeline
// shows only that (the dateline as metadata).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "text/dateline.h"

namespace annals::text {

struct SentenceProper {
  std::size_t begin = 0;                  // bytes of furniture and dateline before the sentence proper
  std::optional<DatelineSpan> dateline;   // the dateline cut, if any (views into the sentence)
  std::string_view headline;              // a glued headline cut, if any (a view into the sentence)
};

// Where a sentence stands: only an article's first sentence has a headline
// glued to it, and the cue for one is the language's.
struct SentencePlace {
  std::string_view language;
  bool opens_article = false;
};

SentenceProper find_sentence_proper(std::string_view sentence, const SentencePlace& place);

}  // namespace annals::text
