#include "analysis/minhash.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <vector>

namespace annals::analysis {

namespace {

constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325u;
  for (unsigned char c : text) h = (h ^ c) * 0x100000001b3u;
  return h;
}

// splitmix64's finaliser: spreads the bits of a combined shingle hash.
std::uint64_t mix(std::uint64_t x) {
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9u;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebu;
  return x ^ (x >> 31);
}

// The stems of the article in reading order, each as its hash.
std::vector<std::uint64_t> stem_hashes(const AnalyzedArticle& article) {
  std::vector<std::uint64_t> of_term;
  of_term.reserve(article.terms.size());
  for (const std::string& term : article.terms) of_term.push_back(fnv1a(term));
  std::vector<std::uint64_t> sequence;
  for (const AnalyzedSentence& sentence : article.sentences)
    for (std::uint32_t t : sentence.terms) sequence.push_back(of_term[t]);
  return sequence;
}

// Folds one shingle into the signature. The k hash functions are
// h1 + i * h2 of two independent 64-bit hashes of the shingle (Kirsch and
// Mitzenmacher): one multiply-add per slot instead of k full hashes.
void add_shingle(std::uint64_t shingle, MinHashSignature& signature) {
  const std::uint64_t h1 = mix(shingle);
  const std::uint64_t h2 = mix(shingle ^ 0x9e3779b97f4a7c15u) | 1;
  for (std::size_t i = 0; i < kMinHashes; ++i) {
    const auto value = std::uint32_t((h1 + i * h2) >> 32);
    signature[i] = std::min(signature[i], value);
  }
}

}  // namespace

MinHashSignature minhash_signature(const AnalyzedArticle& article) {
  MinHashSignature signature;
  signature.fill(kEmpty);
  const std::vector<std::uint64_t> stems = stem_hashes(article);
  if (stems.empty()) return signature;
  const std::size_t width = std::min(kShingleWords, stems.size());
  for (std::size_t start = 0; start + width <= stems.size(); ++start) {
    std::uint64_t shingle = 0;
    for (std::size_t w = 0; w < width; ++w) shingle = mix(shingle + stems[start + w]);
    add_shingle(shingle, signature);
  }
  return signature;
}

bool is_empty(const MinHashSignature& signature) {
  return std::all_of(signature.begin(), signature.end(), [](std::uint32_t v) { return v == kEmpty; });
}

double estimated_jaccard(const MinHashSignature& a, const MinHashSignature& b) {
  if (is_empty(a) || is_empty(b)) return 0;
  std::size_t equal = 0;
  for (std::size_t i = 0; i < kMinHashes; ++i) equal += a[i] == b[i];
  return double(equal) / kMinHashes;
}

}  // namespace annals::analysis
