#include "text/sentence_proper.h"

#include "text/lead_furniture.h"

namespace annals::text {

SentenceProper find_sentence_proper(std::string_view sentence) {
  // A dateline first ("VENICE, Louisiana (Reuters) - " would also read as a
  // headline run into an agency mark); else furniture, which may hide one.
  SentenceProper proper;
  if (!find_dateline(sentence)) proper.begin = furniture_prefix_length(sentence);
  if ((proper.dateline = find_dateline(sentence.substr(proper.begin)))) proper.begin += proper.dateline->length;
  return proper;
}

}  // namespace annals::text
