#include "summaries/centroid_summarizer.h"

#include <algorithm>
#include <numeric>

#include "corpus/keyword_filter.h"

namespace annals::tls {

std::vector<std::uint32_t> summarize_by_centroid(const Corpus& corpus, const TfidfModel& model,
                                                 std::span<const std::uint32_t> candidates,
                                                 const CentroidRankOptions& options) {
  std::vector<SparseVector> vectors;
  vectors.reserve(candidates.size());
  for (std::uint32_t s : candidates) vectors.push_back(model.vectorize(corpus.sentences()[s]));
  SparseVector center = centroid(vectors);

  std::vector<float> score(candidates.size());
  for (std::size_t i = 0; i < candidates.size(); ++i) score[i] = dot(vectors[i], center);
  std::vector<std::size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });

  std::vector<std::uint32_t> picked;
  std::vector<std::size_t> picked_at;
  static const std::vector<std::string> kNoKeywords;
  const auto& keywords = options.keywords ? *options.keywords : kNoKeywords;
  for (std::size_t i : order) {
    if (picked.size() >= options.sentences) break;
    if (vectors[i].empty()) continue;  // no content words: nothing to summarise with
    const Sentence& sentence = corpus.sentences()[candidates[i]];
    if (!matches_keywords(sentence.proper, keywords)) continue;
    if (options.guard && !options.guard->admits(candidates[i])) continue;
    bool redundant = std::any_of(picked_at.begin(), picked_at.end(), [&](std::size_t j) {
      return dot(vectors[i], vectors[j]) > options.max_redundancy;
    });
    if (redundant) continue;
    picked.push_back(candidates[i]);
    picked_at.push_back(i);
  }
  return picked;
}

}  // namespace annals::tls
