// ROUGE-1.5.5's own Porter stemmer (the Perl one, with Chin-Yew Lin's
// modified step 4). It differs from NLTK's and Snowball's Porter stemmers on
// hundreds of dictionary words, and ROUGE scores depend on those differences.
#pragma once

#include <string>
#include <string_view>

namespace annals::eval {

// Stems a token made of [a-z0-9]. Deterministic per token, so callers cache.
std::string porter_rouge(std::string_view word);

}  // namespace annals::eval
