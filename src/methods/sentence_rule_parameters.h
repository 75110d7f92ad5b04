// The readability parameters every registered method has (issue 10): no
// sentence twice, and sentence lengths a reader accepts. Declared here once
// and applied by the registry, so no method can miss them.
#pragma once

#include "methods/registry.h"

namespace annals::tls {

// Rules that make a timeline readable: no repeats, 6 to 60 words, no
// sentence under a day it says is not its own.
inline constexpr SentenceRules kReadableSentences{.distinct = true, .max_words = 60, .min_words = 6, .true_days = true};

// `definition` with the parameters distinct_sentences, max_sentence_words,
// min_sentence_words and true_days (defaults from `defaults`) added, and a make that
// hands their values to the method it builds (Method::set_sentence_rules).
MethodDefinition with_sentence_rules(MethodDefinition definition, SentenceRules defaults);

// The rules the parameters ask for. Throws UsageError naming `method` when
// min_sentence_words is above a max_sentence_words that is set.
SentenceRules sentence_rules_of(const Parameters& parameters, std::string_view method);

}  // namespace annals::tls
