// The tense around a word, used to decide whether a bare weekday or month
// name points back or forward. Like HeidelTime's simple rules: the nearest
// tense cue (an auxiliary or an inflected verb) wins; no cue means the past,
// since news mostly reports what happened.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "time/lexemes.h"

namespace annals::tagging {

class TenseIndex {
 public:
  explicit TenseIndex(const std::vector<Lexeme>& lexemes);
  // The tense of the cue nearest to lexeme i (ties go to the earlier cue).
  Tense at(std::size_t i) const;

 private:
  std::vector<std::pair<std::size_t, Tense>> cues_;  // by position
};

}  // namespace annals::tagging
