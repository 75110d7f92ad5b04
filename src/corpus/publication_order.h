// The order in which the datewise methods read a corpus.
#pragma once

#include <cstdint>
#include <vector>

#include "corpus/corpus.h"

namespace annals {

// Every article of the corpus ordered by publication day (ties in corpus
// order): news-tls reads its collections in that order, and first
// appearance breaks ties between equally ranked dates.
std::vector<std::uint32_t> articles_by_publication(const Corpus& corpus);

}  // namespace annals
