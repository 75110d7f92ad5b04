// The similarity graph CLUST clusters: articles published at most a day
// apart, linked by the cosine of their TF-IDF vectors.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "annals/date.h"
#include "algorithms/markov_clustering.h"
#include "vectors/tfidf.h"

namespace annals::tls {

// Matrix entries over nodes 0..n-1 (article `i` has vector vectors[i] and
// day days[i]). Mirrors news-tls's TemporalMarkovClusterer, which walks a
// two-day window over the days and fills S[i][j] for i in the window and j
// published on its last day: pairs a day apart get one entry, from the
// earlier to the later article; pairs on the same day get both entries,
// except on the first two days, where only the earlier-listed article
// points to the later one. Zero cosines add no entry.
//
// Unlike news-tls, each column keeps only its `max_column_entries` largest
// cosines (ties: the lower row): a busy day of d articles otherwise gives
// about 1.5 d^2 entries, and Markov clustering's first expansion squares
// every column's size again, which took news-tls-sized inputs of 40,000
// articles to 1.8 GB and 200,000 to std::bad_alloc. Graphs whose articles
// have fewer linked neighbours are unchanged. Entries come column by column,
// each column's in row order.
inline constexpr std::size_t kMaxGraphNeighbours = 200;
std::vector<algorithms::MatrixEntry> temporal_article_graph(const std::vector<SparseVector>& vectors,
                                                const std::vector<Date>& days,
                                                std::size_t max_column_entries = kMaxGraphNeighbours);

}  // namespace annals::tls
