// Numbering of terms (stems): string <-> dense id.
#pragma once

#include <cstdint>
#include <absl/container/flat_hash_map.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/string_hash.h"

namespace annals::text {

// String-keyed map for the analysis hot path: Abseil's open-addressing
// table looks keys up by string_view without allocating and takes about a
// third of the time of std::unordered_map on news vocabularies.
template <typename Value>
using StringMap = absl::flat_hash_map<std::string, Value, annals::StringHash, std::equal_to<>>;

class TermDictionary {
 public:
  // The id of `term`, adding it when new. Ids are given in order of first call.
  std::uint32_t id_of(std::string_view term) {
    auto it = ids_.find(term);
    if (it != ids_.end()) return it->second;
    std::uint32_t id = std::uint32_t(terms_.size());
    terms_.emplace_back(term);
    ids_.emplace(terms_.back(), id);
    return id;
  }
  const std::string& term(std::uint32_t id) const { return terms_[id]; }
  std::size_t size() const { return terms_.size(); }

 private:
  StringMap<std::uint32_t> ids_;
  std::vector<std::string> terms_;
};

}  // namespace annals::text
