// Binary logistic regression for a handful of dense features.
#pragma once

#include <vector>

namespace annals::algorithms {

struct LogisticModel {
  std::vector<double> weights;
  double bias = 0;
};

// Minimises  sum_i logloss(y_i, w·x_i + b) + |w|² / (2C)  (the bias is not
// penalised), the objective of sklearn's LogisticRegression(C), by Newton's
// method with step halving: the problem is convex with a few parameters, so
// Newton converges in a few exact steps. Throws std::invalid_argument when
// there are no rows, rows differ in length, sizes mismatch, or C <= 0.
LogisticModel fit_logistic_regression(const std::vector<std::vector<double>>& rows, const std::vector<bool>& labels,
                                      double c = 1.0);

}  // namespace annals::algorithms
