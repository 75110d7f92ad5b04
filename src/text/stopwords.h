// Function words that carry no topic, per language.
#pragma once

#include <string>
#include <string_view>

namespace annals::text {

// True when the case-folded `word` is a stopword of `language` (en, es, fr,
// it, de; anything else uses English). Lists are the usual closed-class
// words (articles, pronouns, auxiliaries, prepositions, conjunctions) plus
// single letters and PTB leftovers such as "s" and "t".
bool is_stopword(std::string_view language, std::string_view word);

}  // namespace annals::text
