// The similarity graph CLUST clusters: articles published at most a day
// apart, linked by the cosine of their TF-IDF vectors.
#pragma once

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
std::vector<algorithms::MatrixEntry> temporal_article_graph(const std::vector<SparseVector>& vectors,
                                                const std::vector<Date>& days);

}  // namespace annals::tls
