// Dense integer ids for strings, so that n-grams compare as integers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace annals::eval {

using TokenId = uint32_t;

class Interner {
 public:
  // The id of `text`, assigning the next free id on first sight.
  TokenId intern(std::string_view text) {
    auto it = ids_.find(text);
    if (it != ids_.end()) return it->second;
    TokenId id = static_cast<TokenId>(ids_.size());
    ids_.emplace(std::string(text), id);
    return id;
  }

 private:
  // Transparent hashing lets lookups by string_view skip building a string.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, TokenId, Hash, std::equal_to<>> ids_;
};

}  // namespace annals::eval
