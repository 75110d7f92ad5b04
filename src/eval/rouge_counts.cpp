#include "eval/rouge_counts.h"

#include <algorithm>

#include "eval/porter_stemmer.h"
#include "eval/rouge_tokenizer.h"

namespace annals::eval {

TokenId RougeAnalyzer::surface_id(const std::string& token) {
  if (auto it = surface_.find(token); it != surface_.end()) return it->second;
  TokenId id = kStopword;
  if (!data_.stopwords.contains(token)) {
    std::string form = token;
    if (token.size() > 3) {
      auto exception = data_.exceptions.find(token);
      form = exception != data_.exceptions.end() ? exception->second : porter_rouge(token);
    }
    id = forms_interner_.intern(form);
    if (id == forms_.size()) forms_.push_back(std::move(form));
  }
  surface_.emplace(token, id);
  return id;
}

const std::string* RougeAnalyzer::processed(const std::string& token) {
  TokenId id = surface_id(token);
  return id == kStopword ? nullptr : &forms_[id];
}

std::vector<TokenId> RougeAnalyzer::summary_tokens(const std::vector<std::string>& sentences) {
  std::vector<std::string> raw;
  for (const std::string& sentence : sentences) append_rouge_tokens(sentence, raw);
  std::vector<TokenId> ids;
  ids.reserve(raw.size());
  for (const std::string& token : raw)
    if (TokenId id = surface_id(token); id != kStopword) ids.push_back(id);
  return ids;
}

NgramBag::NgramBag(std::span<const TokenId> tokens, int n) {
  if (tokens.size() < static_cast<std::size_t>(n)) return;
  std::vector<uint64_t> keys;
  keys.reserve(tokens.size());
  for (std::size_t i = 0; i + n <= tokens.size(); ++i)
    keys.push_back(n == 1 ? tokens[i] : (uint64_t{tokens[i]} << 32) | tokens[i + 1]);
  std::sort(keys.begin(), keys.end());
  for (uint64_t key : keys) {
    if (counts_.empty() || counts_.back().first != key) counts_.emplace_back(key, 0);
    ++counts_.back().second;
  }
  total_ = static_cast<int64_t>(keys.size());
}

int64_t NgramBag::clipped_overlap(const NgramBag& other) const {
  int64_t overlap = 0;
  auto a = counts_.begin(), b = other.counts_.begin();
  while (a != counts_.end() && b != other.counts_.end()) {
    if (a->first < b->first) {
      ++a;
    } else if (b->first < a->first) {
      ++b;
    } else {
      overlap += std::min(a->second, b->second);
      ++a, ++b;
    }
  }
  return overlap;
}

RougeCounts rouge_counts(const NgramBag& peer, std::span<const NgramBag> refs) {
  RougeCounts counts;
  for (const NgramBag& ref : refs) {
    counts.hits += peer.clipped_overlap(ref);
    counts.peer += peer.size();
    counts.model += ref.size();
  }
  return counts;
}

}  // namespace annals::eval
