// Word tokens for term statistics.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace annals::text {

// Appends the case-folded word tokens of `sentence` to `out`: maximal runs of
// letters, digits and combining marks. Everything else (punctuation,
// apostrophes, hyphens, symbols) separates tokens, so "Jackson's" gives
// "jackson", "s" and PTB "Jackson 's" gives the same.
void tokenize(std::string_view sentence, std::vector<std::string>& out);

}  // namespace annals::text
