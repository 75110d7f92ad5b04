// F1 as tilse's util.get_f_score computes it with beta = 1.
#pragma once

namespace annals::eval {

// Zero when precision + recall is zero; the operation order is tilse's,
// which keeps results bit-identical.
inline double f1_score(double precision, double recall) {
  return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
}

}  // namespace annals::eval
