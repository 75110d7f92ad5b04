// A box heading in capitals run into its text: "HOW THE OIL FUNNEL WORKS The
// funnel is a 40ft tall iron box ...". BBC's pages repeat such headings, 14
// times for one on Timeline17.
#pragma once

#include <cstddef>
#include <string_view>

namespace annals::text {

// Bytes of such a heading at the start of `sentence` (and the spaces after
// it), or 0: three or more words of capitals (at least two letters each),
// then a word written as a sentence opens it ("The", "Flu"). An acronym that
// opens the sentence after the heading is given back to it ("THE WAR IN
// LIBYA US President Barack Obama said ..."): a last word of four letters or
// fewer, followed by a capitalised word that does not open sentences.
std::size_t capitals_heading_length(std::string_view sentence);

}  // namespace annals::text
