#include "text/sentence_proper.h"

#include "text/capitals_heading.h"
#include "text/glued_headline.h"
#include "text/lead_furniture.h"
#include "text/sentence_splitter.h"

namespace annals::text {

SentenceProper find_sentence_proper(std::string_view sentence, const SentencePlace& place) {
  // A dateline first ("VENICE, Louisiana (Reuters) - " would also read as a
  // headline run into an agency mark); else furniture, which may hide one.
  SentenceProper proper;
  if (!find_dateline(sentence)) proper.begin = furniture_prefix_length(sentence);
  if ((proper.dateline = find_dateline(sentence.substr(proper.begin)))) {
    proper.begin += proper.dateline->length;
    // "NEW ORLEANS -- By Ana Ruiz, Staff Writer The ...": furniture after it.
    proper.begin += furniture_prefix_length(sentence.substr(proper.begin));
  }
  // A first line that opens with a heading in capitals opens with the
  // article's headline ("OBAMA VISITS BRITAIN The president arrived ...").
  if (place.opens_article && proper.begin > 0 && capitals_heading_length(sentence) == proper.begin)
    proper.headline = trim(sentence.substr(0, proper.begin));
  // Only where nothing marked the lead's start: after a stamp or a dateline
  // the lead has begun, and a capitalised "The" in it is part of a name.
  if (proper.begin == 0 && place.opens_article) {
    if (const auto glued = find_glued_headline(sentence, place.language)) {
      proper.begin = glued->lead_begin;
      proper.headline = glued->headline;
    }
  }
  return proper;
}

}  // namespace annals::text
