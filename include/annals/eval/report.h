// Printing the scores of one evaluation (the `annals eval` output).
#pragma once

#include <string>

#include "annals/eval/metrics.h"

namespace annals::eval {

// Shortest decimal text that reads back as exactly `value` (std::to_chars).
std::string shortest_double(double value);

// {"rouge_1": {"concat": {"precision": p, "recall": r, "f1": f}, ...},
//  "rouge_2": {...}, "date": {"precision": p, "recall": r, "f1": f}}
// with shortest round-trip numbers, on one line plus a newline.
std::string scores_to_json(const TaskScores& scores);

// One row per measure and variant plus a Date row, columns aligned.
std::string scores_to_table(const TaskScores& scores);

}  // namespace annals::eval
