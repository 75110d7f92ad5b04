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
// diagonal entry replaced by the self-loop. Sorting a copy costs 16 bytes an
// entry, where a map per column cost about 64 and held the whole graph twice.
SparseMatrix build(std::size_t nodes, std::span<const MatrixEntry> entries, double loop_weight) {
  std::vector<MatrixEntry> sorted(entries.begin(), entries.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const MatrixEntry& a, const MatrixEntry& b) {
    return a.col != b.col ? a.col < b.col : a.row < b.row;
  });
  SparseMatrix m(nodes);
  auto add_loops_before = [&](std::size_t col, std::uint32_t row) {
    // The self-loop goes in row order, before the first entry below it.
    Column& column = m[col];
    if (loop_weight != 0 && col < row && (column.empty() || column.back().first < col)) {
      column.emplace_back(static_cast<std::uint32_t>(col), loop_weight);
    }
  };
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    const MatrixEntry& e = sorted[k];
    if (k + 1 < sorted.size() && sorted[k + 1].col == e.col && sorted[k + 1].row == e.row) continue;
    if (e.row == e.col || e.weight == 0) continue;
    add_loops_before(e.col, e.row);
    m[e.col].emplace_back(e.row, e.weight);
  }
  for (std::uint32_t j = 0; j < nodes; ++j) {
    add_loops_before(j, UINT32_MAX);
    normalize_column(m[j]);
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
  SparseMatrix next = m;
  for (unsigned e = 1; e < options.expansion; ++e) {
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

std::vector<std::vector<std::uint32_t>> markov_clusters(std::size_t nodes, std::span<const MatrixEntry> entries,
                                                        const MarkovClusteringOptions& options) {
  SparseMatrix m = build(nodes, entries, options.loop_weight);
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
