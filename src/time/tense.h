// The tense around a word, used to decide whether a bare weekday or month
// name points back or forward. Like HeidelTime's simple rules: the last tense
// cue (an auxiliary or an inflected verb) before the expression wins, else the
// first one after it; no cue at all means the past, since news mostly reports
// what happened.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "time/lexemes.h"

namespace annals::tagging {

class TenseIndex {
 public:
  explicit TenseIndex(const std::vector<Lexeme>& lexemes);
  // The tense that applies to lexeme i.
  Tense at(std::size_t i) const;

 private:
  std::vector<std::pair<std::size_t, Tense>> cues_;  // by position
};

}  // namespace annals::tagging
