#include "algorithms/logistic_regression.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace annals::algorithms {
namespace {

double sigmoid(double z) { return 1 / (1 + std::exp(-z)); }

TEST(LogisticRegressionTest, SymmetricDataMeetsTheOptimalityCondition) {
  // x = +1 positive, x = -1 negative, C = 1. By symmetry b = 0, and the
  // gradient 2(σ(w) - 1) + w vanishes at w ≈ 0.6749.
  LogisticModel m = fit_logistic_regression({{1.0}, {-1.0}}, {true, false}, 1.0);
  ASSERT_EQ(m.weights.size(), 1u);
  EXPECT_NEAR(m.bias, 0.0, 1e-9);
  EXPECT_NEAR(m.weights[0], 2 * (1 - sigmoid(m.weights[0])), 1e-9);
  EXPECT_NEAR(m.weights[0], 0.6749, 1e-3);
}

TEST(LogisticRegressionTest, StrongerPenaltyShrinksTheWeight) {
  std::vector<std::vector<double>> rows = {{1.0}, {-1.0}};
  double loose = fit_logistic_regression(rows, {true, false}, 10.0).weights[0];
  double tight = fit_logistic_regression(rows, {true, false}, 0.1).weights[0];
  EXPECT_GT(loose, tight);
  EXPECT_GT(tight, 0.0);
}

TEST(LogisticRegressionTest, UnpenalisedBiasMatchesTheBaseRate) {
  // A constant zero feature carries nothing: w = 0 and σ(b) = 1/4, the share of positives.
  LogisticModel m = fit_logistic_regression({{0.0}, {0.0}, {0.0}, {0.0}}, {true, false, false, false});
  EXPECT_NEAR(m.weights[0], 0.0, 1e-12);
  EXPECT_NEAR(sigmoid(m.bias), 0.25, 1e-9);
}

TEST(LogisticRegressionTest, RejectsBadInput) {
  EXPECT_THROW(fit_logistic_regression({}, {}), std::invalid_argument);
  EXPECT_THROW(fit_logistic_regression({{1.0}}, {true, false}), std::invalid_argument);
  EXPECT_THROW(fit_logistic_regression({{1.0}, {1.0, 2.0}}, {true, false}), std::invalid_argument);
  EXPECT_THROW(fit_logistic_regression({{1.0}}, {true}, 0.0), std::invalid_argument);
}

}  // namespace
}  // namespace annals::algorithms
