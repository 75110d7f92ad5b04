// A headline (and photo caption) run into the lead with nothing between
// them: Timeline17's first lines read "Mexico to re-test swine flu cases The
// widow of swine flu victim ..." or "... from BP Thousands of barrels ... from
// the seabed The US government has demanded ...". No stamp or credit marks
// the joint, but the writing does: a word that opens sentences ("The", "On",
// "A", Spanish "El", French "Les") written with a capital after a word, not
// after punctuation, and followed by a lower-case word. Mid-sentence such a
// word is lower case; where it is capitalised inside a name ("The New York
// Times", "El Cairo", "Le Caire") the next word is capitalised too.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace annals::text {

struct GluedHeadline {
  // Up to the first joint: the article's headline; empty when that is a
  // byline, a time stamp or runs on into a caption.
  std::string_view headline;
  std::size_t lead_begin = 0; // bytes before the lead (headline, captions and the spaces after them)
};

// The headline glued before the lead of `sentence`, an article's first
// sentence written in `language` ("en", "es", "fr", "it"; others have no
// cue), or nullopt. The lead starts at the last joint within the first
// kMaxHeadlineWords words, so a caption between headline and lead is cut
// with the headline; at least three words must come before the first joint
// and a sentence of six words or more after the last.
std::optional<GluedHeadline> find_glued_headline(std::string_view sentence, std::string_view language);

// Whether `word` is one of those openers, capitalised, in any of the four
// languages ("The", "Les"; not "US", "President").
bool is_sentence_opener(std::string_view word);

}  // namespace annals::text
