// ROUGE-1.5.5's tokenization of one summary sentence, as tilse feeds it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace annals::eval {

// Appends the tokens ROUGE sees in `sentence` (valid UTF-8) to `out`, before
// stopword removal and stemming. pyrouge writes the sentence into HTML ('^'
// becomes "&circ;", nothing is escaped), ROUGE reads it back with ([^<]+) so
// a leading '<' loses the sentence and any '<' cuts it, lowercases A-Z only,
// and keeps runs of [a-z0-9]: every other byte separates tokens.
void append_rouge_tokens(std::string_view sentence, std::vector<std::string>& out);

}  // namespace annals::eval
