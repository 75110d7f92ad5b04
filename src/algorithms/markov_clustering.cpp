#include "algorithms/markov_clustering.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>

namespace annals::algorithms {

namespace {

// Column-major sparse matrix: each column sorted by row.
using Column = std::vector<std::pair<std::uint32_t, double>>;
using SparseMatrix = std::vector<Column>;

void normalize_column(Column& column) {
  double sum = 0;
  for (const auto& [row, value] : column) sum += value;
  if (sum > 0)
    for (auto& [row, value] : column) value /= sum;
}

// The columns of the entries, the last of repeated ones winning, with every
// diagonal entry replaced by the self-loop. The entries are bucketed straight
// into their columns and then released, so the graph is held once (16 bytes
// an entry) rather than as the input, a sorted copy and the columns together.
SparseMatrix build(std::size_t nodes, std::vector<MatrixEntry>&& entries, double loop_weight) {
  std::vector<std::size_t> per_column(nodes, 0);
  for (const MatrixEntry& e : entries)
    if (e.row != e.col) ++per_column[e.col];
  SparseMatrix m(nodes);
  for (std::size_t j = 0; j < nodes; ++j) m[j].reserve(per_column[j] + (loop_weight != 0));
  for (const MatrixEntry& e : entries)
    if (e.row != e.col) m[e.col].emplace_back(e.row, e.weight);
  std::vector<MatrixEntry>().swap(entries);
  for (std::uint32_t j = 0; j < nodes; ++j) {
    Column& column = m[j];
    std::stable_sort(column.begin(), column.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // Of a run of one row, the last given wins: keep the run's last element.
    auto last_of_runs = std::unique(column.rbegin(), column.rend(),
                                    [](const auto& a, const auto& b) { return a.first == b.first; });
    column.erase(column.begin(), last_of_runs.base());
    std::erase_if(column, [](const auto& e) { return e.second == 0; });  // a zero given last removes the entry
    if (loop_weight != 0) {
      auto at = std::lower_bound(column.begin(), column.end(), j, [](const auto& e, std::uint32_t row) { return e.first < row; });
      column.insert(at, {j, loop_weight});
    }
    normalize_column(column);
  }
  return m;
}

// a * b, column by column through a dense accumulator; `finish` is applied
// to each column before it is stored, so that a column-wise step such as
// inflation and pruning never needs the unpruned product in memory.
template <typename Finish>
SparseMatrix multiply(const SparseMatrix& a, const SparseMatrix& b, const Finish& finish) {
  std::vector<double> sum(a.size(), 0.0);
  std::vector<std::uint32_t> touched;
  SparseMatrix out(b.size());
  for (std::size_t j = 0; j < b.size(); ++j) {
    for (const auto& [k, bkj] : b[j]) {
      for (const auto& [i, aik] : a[k]) {
        if (sum[i] == 0) touched.push_back(i);
        sum[i] += aik * bkj;
      }
    }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t i : touched) {
      if (sum[i] != 0) out[j].emplace_back(i, sum[i]);
      sum[i] = 0;
    }
    touched.clear();
    finish(out[j]);
  }
  return out;
}

void inflate(Column& column, double inflation) {
  for (auto& [row, value] : column) value = std::pow(value, inflation);
  normalize_column(column);
}

// Drops tiny flows to keep the matrix sparse, but never a column's largest,
// so that every node keeps somewhere to flow.
void prune(Column& column, double threshold) {
  if (column.empty()) return;
  auto largest = std::max_element(column.begin(), column.end(),
                                  [](const auto& a, const auto& b) { return a.second < b.second; });
  std::uint32_t keep = largest->first;
  std::erase_if(column, [&](const auto& e) { return e.second < threshold && e.first != keep; });
  column.shrink_to_fit();
}

// One round: expansion, then inflation and pruning, which act on each
// column alone and so are applied as each column of the last product is made.
SparseMatrix round(const SparseMatrix& m, const MarkovClusteringOptions& options) {
  auto finish = [&](Column& column) {
    inflate(column, options.inflation);
    if (options.prune_below > 0) prune(column, options.prune_below);
  };
  auto none = [](Column&) {};
  if (options.expansion <= 1) {
    SparseMatrix next = m;
    for (Column& column : next) finish(column);
    return next;
  }
  // The first product reads `m` itself: no copy of the matrix is made.
  SparseMatrix next = options.expansion == 2 ? multiply(m, m, finish) : multiply(m, m, none);
  for (unsigned e = 2; e < options.expansion; ++e) {
    next = e + 1 == options.expansion ? multiply(next, m, finish) : multiply(next, m, none);
  }
  return next;
}

// numpy.allclose(now, before) restricted to stored entries of either.
bool converged(const SparseMatrix& now, const SparseMatrix& before) {
  constexpr double kRelative = 1e-5, kAbsolute = 1e-8;
  for (std::size_t j = 0; j < now.size(); ++j) {
    auto a = now[j].begin(), b = before[j].begin();
    while (a != now[j].end() || b != before[j].end()) {
      double x = 0, y = 0;
      if (b == before[j].end() || (a != now[j].end() && a->first < b->first)) {
        x = (a++)->second;
      } else if (a == now[j].end() || b->first < a->first) {
        y = (b++)->second;
      } else {
        x = (a++)->second, y = (b++)->second;
      }
      if (std::abs(x - y) - kRelative * std::abs(y) > kAbsolute) return false;
    }
  }
  return true;
}

}  // namespace

std::vector<std::vector<std::uint32_t>> markov_clusters(std::size_t nodes, std::vector<MatrixEntry> entries,
                                                        const MarkovClusteringOptions& options) {
  SparseMatrix m = build(nodes, std::move(entries), options.loop_weight);
  for (unsigned iteration = 0; iteration < options.max_iterations; ++iteration) {
    SparseMatrix next = round(m, options);
    bool done = converged(next, m);
    m = std::move(next);
    if (done) break;
  }

  // Attractors are the nodes that keep flow on themselves; a cluster is
  // every node whose column sends flow to the same attractor.
  std::vector<char> attractor(nodes, 0);
  for (std::uint32_t j = 0; j < nodes; ++j)
    for (const auto& [row, value] : m[j])
      if (row == j && value > 0) attractor[j] = 1;
  std::vector<std::vector<std::uint32_t>> basin(nodes);
  for (std::uint32_t j = 0; j < nodes; ++j)
    for (const auto& [row, value] : m[j])
      if (attractor[row] && value > 0) basin[row].push_back(j);
  std::set<std::vector<std::uint32_t>> unique;
  for (auto& members : basin)
    if (!members.empty()) unique.insert(std::move(members));
  return {unique.begin(), unique.end()};
}

}  // namespace annals::algorithms
