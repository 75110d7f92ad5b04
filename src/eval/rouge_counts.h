// ROUGE-N counting as ROUGE-1.5.5 does it with -m -s -f A -t 2.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "annals/eval/rouge_data.h"
#include "eval/interner.h"

namespace annals::eval {

// Turns summaries into ids of ROUGE tokens: stopwords removed (on the
// surface form), tokens of four or more characters mapped through the
// WordNet exception table or else the ROUGE Porter stemmer. Caches every
// surface token, so one analyzer serves many evaluations cheaply.
class RougeAnalyzer {
 public:
  explicit RougeAnalyzer(const RougeData& data) : data_(data) {}

  // Token ids of a summary: all its sentences' tokens in order, so n-grams
  // run across sentence boundaries as they do in ROUGE.
  std::vector<TokenId> summary_tokens(const std::vector<std::string>& sentences);

  // The processed form of one lowercase token, or nullptr for a stopword.
  // Exposed for tests against ROUGE's stemming.
  const std::string* processed(const std::string& token);

 private:
  static constexpr TokenId kStopword = UINT32_MAX;
  TokenId surface_id(const std::string& token);

  const RougeData& data_;
  std::unordered_map<std::string, TokenId> surface_;  // surface -> id or kStopword
  std::vector<std::string> forms_;                    // id -> processed form
  Interner forms_interner_;
};

// The multiset of n-grams of one token sequence.
class NgramBag {
 public:
  NgramBag() = default;
  NgramBag(std::span<const TokenId> tokens, int n);  // n is 1 or 2

  int64_t size() const { return total_; }  // n-grams counted with multiplicity
  // Sum over n-grams of min(count here, count there).
  int64_t clipped_overlap(const NgramBag& other) const;

 private:
  std::vector<std::pair<uint64_t, int64_t>> counts_;  // sorted by n-gram key
  int64_t total_ = 0;
};

// The raw counts ROUGE prints for one peer and m references.
struct RougeCounts {
  int64_t hits = 0;   // sum over references of clipped overlap
  int64_t peer = 0;   // m times the peer's n-gram count
  int64_t model = 0;  // sum of the references' n-gram counts
};

RougeCounts rouge_counts(const NgramBag& peer, std::span<const NgramBag> refs);

}  // namespace annals::eval
