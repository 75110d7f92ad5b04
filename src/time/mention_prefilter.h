// A cheap test run before tagging: most sentences of news text name no date,
// and telling them apart by their bytes costs a fraction of tokenizing them.
#pragma once

#include <bitset>
#include <cstdint>
#include <string_view>

#include "time/lexicon.h"

namespace annals::tagging {

// Every date the recognizers find contains a number or a word (or fixed
// phrase) naming a month, weekday, relative day, unit or decade. The filter
// keeps a hash of those folded words (one word of each such phrase), so a
// sentence with no digit and none of them has no mention. Hash collisions
// only let through sentences that have none.
class MentionPrefilter {
 public:
  explicit MentionPrefilter(const Lexicon& lexicon);

  // False when `sentence` surely has no mention.
  bool may_mention(std::string_view sentence) const;

 private:
  static constexpr int kHashBits = 16;  // 8 KiB, a few hundred words: few collisions
  static std::size_t slot(std::uint64_t hash) {
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15u) >> (64 - kHashBits));
  }
  static std::uint64_t add_byte(std::uint64_t hash, char c) { return hash * 31 + static_cast<unsigned char>(c); }

  std::bitset<std::size_t{1} << kHashBits> words_;
};

}  // namespace annals::tagging
