#include "algorithms/logistic_regression.h"

#include <cmath>
#include <stdexcept>

namespace annals::algorithms {

namespace {

using Vector = std::vector<double>;
using Matrix = std::vector<Vector>;

// log(1 + e^z) without overflow.
double softplus(double z) { return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z)); }

// Parameters are (w_0 .. w_{d-1}, b): the bias rides as a constant feature 1.
double margin(const Vector& theta, const Vector& x) {
  double z = theta.back();
  for (std::size_t j = 0; j < x.size(); ++j) z += theta[j] * x[j];
  return z;
}

double objective(const Matrix& rows, const std::vector<bool>& labels, const Vector& theta, double c) {
  double loss = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    double z = margin(theta, rows[i]);
    loss += softplus(labels[i] ? -z : z);
  }
  for (std::size_t j = 0; j + 1 < theta.size(); ++j) loss += theta[j] * theta[j] / (2 * c);
  return loss;
}

// Solves H x = g for symmetric positive definite H by Cholesky (H is
// overwritten); the penalty keeps H definite in every weight direction.
Vector solve_spd(Matrix h, Vector g) {
  const std::size_t n = g.size();
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t k = 0; k < j; ++k) h[j][j] -= h[j][k] * h[j][k];
    if (h[j][j] <= 0) throw std::invalid_argument("logistic regression: singular Hessian");
    h[j][j] = std::sqrt(h[j][j]);
    for (std::size_t i = j + 1; i < n; ++i) {
      for (std::size_t k = 0; k < j; ++k) h[i][j] -= h[i][k] * h[j][k];
      h[i][j] /= h[j][j];
    }
  }
  for (std::size_t i = 0; i < n; ++i) {  // L y = g
    for (std::size_t k = 0; k < i; ++k) g[i] -= h[i][k] * g[k];
    g[i] /= h[i][i];
  }
  for (std::size_t i = n; i-- > 0;) {  // L^T x = y
    for (std::size_t k = i + 1; k < n; ++k) g[i] -= h[k][i] * g[k];
    g[i] /= h[i][i];
  }
  return g;
}

}  // namespace

LogisticModel fit_logistic_regression(const std::vector<std::vector<double>>& rows, const std::vector<bool>& labels,
                                      double c) {
  if (rows.empty() || rows.size() != labels.size() || !(c > 0))
    throw std::invalid_argument("logistic regression: needs rows, one label per row and C > 0");
  const std::size_t d = rows.front().size();
  for (const auto& row : rows)
    if (row.size() != d) throw std::invalid_argument("logistic regression: rows differ in length");

  const std::size_t n = d + 1;
  Vector theta(n, 0.0);
  double current = objective(rows, labels, theta, c);
  for (int iteration = 0; iteration < 100; ++iteration) {
    Vector gradient(n, 0.0);
    Matrix hessian(n, Vector(n, 0.0));
    for (std::size_t j = 0; j < d; ++j) {
      gradient[j] = theta[j] / c;
      hessian[j][j] = 1 / c;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
      double p = 1 / (1 + std::exp(-margin(theta, rows[i])));
      double residual = p - (labels[i] ? 1.0 : 0.0), curvature = p * (1 - p);
      for (std::size_t j = 0; j < n; ++j) {
        double xj = j < d ? rows[i][j] : 1.0;
        gradient[j] += residual * xj;
        for (std::size_t k = 0; k < n; ++k) hessian[j][k] += curvature * xj * (k < d ? rows[i][k] : 1.0);
      }
    }
    // A tiny ridge on the bias keeps H invertible when every p saturates.
    hessian[d][d] += 1e-12;
    Vector step = solve_spd(hessian, gradient);

    // Halve the Newton step until the objective does not increase.
    double scale = 1, next = current;
    Vector candidate(n);
    for (int halving = 0; halving < 30; ++halving, scale /= 2) {
      for (std::size_t j = 0; j < n; ++j) candidate[j] = theta[j] - scale * step[j];
      next = objective(rows, labels, candidate, c);
      if (next <= current) break;
    }
    if (!(next <= current)) break;
    theta = candidate;
    bool converged = current - next < 1e-12 * (1 + std::abs(current));
    current = next;
    if (converged) break;
  }
  return {Vector(theta.begin(), theta.end() - 1), theta.back()};
}

}  // namespace annals::algorithms
