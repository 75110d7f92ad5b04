#include "text/near_copy.h"

#include <algorithm>

namespace annals::text {

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::vector<std::uint32_t> content_word_set(std::span<const std::uint32_t> terms) {
  std::vector<std::uint32_t> set(terms.begin(), terms.end());
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  return set;
}

bool is_near_copy(std::span<const std::uint32_t> sentence, std::span<const std::uint32_t> earlier, double share) {
  if (sentence.empty()) return false;
  std::size_t shared = 0;
  for (auto i = sentence.begin(), j = earlier.begin(); i != sentence.end() && j != earlier.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++shared, ++i, ++j;
  }
  return double(shared) >= share * double(sentence.size());
}

}  // namespace annals::text
