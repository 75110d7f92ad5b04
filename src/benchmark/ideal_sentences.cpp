#include "benchmark/ideal_sentences.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace annals::benchmark {

namespace {

using eval::TokenId;
using TokenCounts = std::vector<std::pair<TokenId, std::int64_t>>;  // sorted by token

TokenCounts token_counts(std::vector<TokenId> tokens) {
  std::sort(tokens.begin(), tokens.end());
  TokenCounts counts;
  for (TokenId t : tokens) {
    if (counts.empty() || counts.back().first != t) counts.push_back({t, 0});
    ++counts.back().second;
  }
  return counts;
}

// The summary grown so far, scored as ROUGE-1 scores it: clipped overlap
// ("hits") over peer and model token counts.
struct GreedySummary {
  explicit GreedySummary(const std::unordered_map<TokenId, std::int64_t>& r) : reference(r) {}

  const std::unordered_map<TokenId, std::int64_t>& reference;
  std::int64_t reference_size = 0;
  std::unordered_map<TokenId, std::int64_t> counts;
  std::int64_t size = 0, hits = 0;

  std::int64_t hits_with(const TokenCounts& sentence) const {
    std::int64_t more = 0;
    for (auto [t, n] : sentence) {
      auto r = reference.find(t);
      if (r == reference.end()) continue;
      auto c = counts.find(t);
      const std::int64_t have = c == counts.end() ? 0 : c->second;
      more += std::min(have + n, r->second) - std::min(have, r->second);
    }
    return hits + more;
  }
  static double f1(std::int64_t hits, std::int64_t peer, std::int64_t model) {
    return peer + model == 0 ? 0 : 2.0 * double(hits) / double(peer + model);
  }
  double f1() const { return f1(hits, size, reference_size); }
  double f1_with(const TokenCounts& sentence, std::int64_t sentence_size) const {
    return f1(hits_with(sentence), size + sentence_size, reference_size);
  }
  void add(const TokenCounts& sentence, std::int64_t sentence_size) {
    hits = hits_with(sentence);
    size += sentence_size;
    for (auto [t, n] : sentence) counts[t] += n;
  }
};

}  // namespace

IdealSentences::IdealSentences(const eval::RougeData& data, const eval::TextTimeline& reference, std::size_t sentences)
    : analyzer_(data), reference_(reference), sentences_(sentences) {}

std::vector<std::size_t> IdealSentences::choose(Date day, const std::vector<std::string>& pool) {
  auto entry = reference_.dates.find(day);
  if (entry == reference_.dates.end()) return {};
  std::unordered_map<TokenId, std::int64_t> reference;
  GreedySummary summary(reference);
  for (auto [t, n] : token_counts(analyzer_.summary_tokens(entry->second))) reference[t] = n, summary.reference_size += n;

  std::vector<TokenCounts> candidates;
  std::vector<std::int64_t> sizes;
  for (const std::string& text : pool) {
    std::vector<TokenId> tokens = analyzer_.summary_tokens({text});
    sizes.push_back(std::int64_t(tokens.size()));
    candidates.push_back(token_counts(std::move(tokens)));
  }
  std::vector<std::size_t> chosen;
  std::vector<bool> taken(pool.size(), false);
  while (chosen.size() < sentences_) {
    std::size_t best = pool.size();
    double best_f1 = summary.f1();
    for (std::size_t i = 0; i < pool.size(); ++i)
      if (double f1 = summary.f1_with(candidates[i], sizes[i]); !taken[i] && f1 > best_f1) best = i, best_f1 = f1;
    if (best == pool.size()) break;
    summary.add(candidates[best], sizes[best]);
    taken[best] = true;
    chosen.push_back(best);
  }
  return chosen;
}

}  // namespace annals::benchmark
