// The keyword index: the words of an article's sentences and, per word, the
// articles using it. A word is a maximal run of "word bytes" (ASCII letters
// and digits, and every byte of a non-ASCII UTF-8 character) of the
// case-folded sentence. Any run of word bytes inside a folded keyword then
// lies inside one word of every sentence containing the keyword, so the
// articles whose words contain that run are a superset of the articles that
// match; the exact rule (corpus/keyword_filter) confirms each of them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annals/analysis.h"

namespace annals::store {

// The distinct words of the record's sentences, case-folded.
std::vector<std::string> record_words(const AnalyzedArticle& record);

// The longest run of word bytes in a folded keyword; empty when it has none
// (then no index can narrow the search).
std::string_view longest_word_run(std::string_view keyword);

// Sorted article numbers as delta varints, and back (throws Error when damaged).
std::string encode_postings(const std::vector<std::int64_t>& sorted);
void decode_postings(std::string_view bytes, std::vector<std::int64_t>& out);

}  // namespace annals::store
