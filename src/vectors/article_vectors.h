// TF-IDF vectors of whole articles, the representation CLUST clusters.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "corpus/corpus.h"
#include "vectors/tfidf.h"

namespace annals::tls {

// One L2-normalised vector per article in `articles`, in order: the content
// terms of all its sentences, weighted with scikit-learn's smoothed idf
// computed over these articles as documents.
std::vector<SparseVector> article_vectors(const Corpus& corpus, std::span<const std::uint32_t> articles);

}  // namespace annals::tls
