#include "time/tense.h"

#include <algorithm>

namespace annals::tagging {

TenseIndex::TenseIndex(const std::vector<Lexeme>& lexemes) {
  for (std::size_t i = 0; i < lexemes.size(); ++i)
    if (lexemes[i].tense != Tense::kNone) cues_.emplace_back(i, lexemes[i].tense);
}

Tense TenseIndex::at(std::size_t i) const {
  auto after = std::lower_bound(cues_.begin(), cues_.end(), std::make_pair(i, Tense::kNone));
  if (after != cues_.begin()) return std::prev(after)->second;
  return after == cues_.end() ? Tense::kNone : after->second;
}

}  // namespace annals::tagging
