#include "algorithms/lsap.h"

#include <algorithm>
#include <limits>

namespace annals::algorithms {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Solver state for a matrix with rows <= cols (scipy's names).
struct Solver {
  const CostMatrix& c;
  std::vector<double> u, v, shortest_path_costs;
  std::vector<long> path, col4row, row4col;
  std::vector<char> visited_rows, visited_cols;
  std::vector<std::size_t> remaining;

  explicit Solver(const CostMatrix& cost)
      : c(cost), u(cost.rows(), 0.0), v(cost.cols(), 0.0), path(cost.cols(), -1),
        col4row(cost.rows(), -1), row4col(cost.cols(), -1) {}

  // Dijkstra-like search from an unassigned row; returns the sink column
  // and leaves the path length in min_val.
  long augmenting_path(std::size_t cur_row, double& min_val) {
    std::size_t nc = c.cols();
    remaining.resize(nc);
    for (std::size_t it = 0; it < nc; ++it) remaining[it] = nc - it - 1;  // scipy scans columns backwards
    visited_rows.assign(c.rows(), 0);
    visited_cols.assign(nc, 0);
    shortest_path_costs.assign(nc, kInf);
    min_val = 0;
    std::size_t i = cur_row;
    long sink = -1;
    while (sink == -1) {
      std::size_t index = 0;
      double lowest = kInf;
      visited_rows[i] = 1;
      // Hoisted: the stores below could alias them for the compiler, which
      // would reload them per column. The arithmetic stays scipy's, in order.
      const double* row = c.row(i);
      const double base = min_val, ui = u[i];
      for (std::size_t it = 0; it < remaining.size(); ++it) {
        std::size_t j = remaining[it];
        double r = base + row[j] - ui - v[j];
        if (r < shortest_path_costs[j]) {
          path[j] = static_cast<long>(i);
          shortest_path_costs[j] = r;
        }
        // On a tie prefer an unassigned column: it ends the search sooner.
        if (shortest_path_costs[j] < lowest || (shortest_path_costs[j] == lowest && row4col[j] == -1)) {
          lowest = shortest_path_costs[j];
          index = it;
        }
      }
      min_val = lowest;
      std::size_t j = remaining[index];
      if (row4col[j] == -1) {
        sink = static_cast<long>(j);
      } else {
        i = static_cast<std::size_t>(row4col[j]);
      }
      visited_cols[j] = 1;
      remaining[index] = remaining.back();
      remaining.pop_back();
    }
    return sink;
  }

  void solve() {
    for (std::size_t cur_row = 0; cur_row < c.rows(); ++cur_row) {
      double min_val;
      long sink = augmenting_path(cur_row, min_val);
      u[cur_row] += min_val;
      for (std::size_t i = 0; i < c.rows(); ++i)
        if (visited_rows[i] && i != cur_row) u[i] += min_val - shortest_path_costs[col4row[i]];
      for (std::size_t j = 0; j < c.cols(); ++j)
        if (visited_cols[j]) v[j] -= min_val - shortest_path_costs[j];
      for (long j = sink;;) {
        long i = path[j];
        row4col[j] = i;
        std::swap(col4row[i], j);
        if (i == static_cast<long>(cur_row)) break;
      }
    }
  }
};

// Rows <= cols: every row is matched, in ascending row order.
Assignment solve_wide(const CostMatrix& wide) {
  Solver solver(wide);
  solver.solve();
  Assignment pairs;
  for (std::size_t i = 0; i < wide.rows(); ++i) pairs.emplace_back(i, static_cast<std::size_t>(solver.col4row[i]));
  return pairs;
}

// The first k < n of minimal value(k), as numpy's argmin picks it.
template <class Value>
std::size_t first_minimum(std::size_t n, Value value) {
  std::size_t best = 0;
  for (std::size_t k = 1; k < n; ++k)
    if (value(k) < value(best)) best = k;
  return best;
}

}  // namespace

Assignment solve_lsap(const CostMatrix& cost) {
  if (cost.rows() == 0 || cost.cols() == 0) return {};
  return cost.cols() < cost.rows() ? swapped(solve_wide(cost.transposed())) : solve_wide(cost);
}

Assignment argmin_rows(const CostMatrix& cost) {
  Assignment pairs;
  if (cost.cols() == 0) return pairs;
  for (std::size_t i = 0; i < cost.rows(); ++i)
    pairs.emplace_back(i, first_minimum(cost.cols(), [&](std::size_t j) { return cost.at(i, j); }));
  return pairs;
}

Assignment argmin_columns(const CostMatrix& cost) {
  Assignment pairs;
  if (cost.rows() == 0) return pairs;
  for (std::size_t j = 0; j < cost.cols(); ++j)
    pairs.emplace_back(j, first_minimum(cost.rows(), [&](std::size_t i) { return cost.at(i, j); }));
  return pairs;
}

}  // namespace annals::algorithms
