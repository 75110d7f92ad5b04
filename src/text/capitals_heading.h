// A box heading in capitals run into its text: "HOW THE OIL FUNNEL WORKS The
// funnel is a 40ft tall iron box ...". BBC's pages repeat such headings, 14
// times for one on Timeline17.
#pragma once

#include <cstddef>
#include <string_view>

namespace annals::text {

// Bytes of such a heading at the start of `sentence` (and the spaces after
// it), or 0: three or more words of capitals (at least two letters each),
// then a sentence that opens with an opener ("The", "When", "Les") or with a
// capitalised word and a lower-case one ("Flu viruses mutate"). Where the
// capitals may be the sentence's own start ("BP CHIEF EXECUTIVE Tony Hayward
// said", "... OIL WELL Engineers removed": a last word of four letters or
// fewer before a word that is no opener), nothing is cut.
std::size_t capitals_heading_length(std::string_view sentence);

}  // namespace annals::text
