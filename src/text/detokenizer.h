// Turning Penn-Treebank-tokenized text back into text people read.
#pragma once

#include <string>
#include <string_view>

namespace annals::text {

// Rejoins a space-tokenized sentence: "Trump 's" -> "Trump's", `` / '' ->
// straight double quotes, "word ," -> "word,", "( x )" -> "(x)", "do n't" ->
// "don't", -LRB-/-RRB- -> parentheses, French/Italian elisions "l' armée" ->
// "l'armée", PTB's escaped \/ and \* -> / and *. Text that is not tokenized
// passes through nearly unchanged.
std::string detokenize(std::string_view tokenized);

}  // namespace annals::text
