// The Markov clustering of annals before it was made to scale (whole-matrix
// steps, a map per column), kept as the oracle that the bounded version must
// match exactly.
#pragma once

#include "algorithms/markov_clustering.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace annals::algorithms::reference {


// Column-major sparse matrix: each column sorted by row.
using Column = std::vector<std::pair<std::uint32_t, double>>;
using Matrix = std::vector<Column>;

inline void normalize_column(Column& column) {
  double sum = 0;
  for (const auto& [row, value] : column) sum += value;
  if (sum > 0)
    for (auto& [row, value] : column) value /= sum;
}

inline Matrix build(std::size_t nodes, std::span<const MatrixEntry> entries, double loop_weight) {
  std::vector<std::map<std::uint32_t, double>> columns(nodes);
  for (const MatrixEntry& e : entries) columns[e.col][e.row] = e.weight;
  Matrix m(nodes);
  for (std::uint32_t j = 0; j < nodes; ++j) {
    columns[j][j] = loop_weight;
    for (const auto& [row, value] : columns[j])
      if (value != 0) m[j].emplace_back(row, value);
    normalize_column(m[j]);
  }
  return m;
}

// a * b, column by column through a dense accumulator.
inline Matrix multiply(const Matrix& a, const Matrix& b) {
  std::vector<double> sum(a.size(), 0.0);
  std::vector<std::uint32_t> touched;
  Matrix out(b.size());
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
  }
  return out;
}

inline void inflate(Matrix& m, double inflation) {
  for (Column& column : m) {
    for (auto& [row, value] : column) value = std::pow(value, inflation);
    normalize_column(column);
  }
}

// Drops tiny flows to keep the matrix sparse, but never a column's largest,
// so that every node keeps somewhere to flow.
inline void prune(Matrix& m, double threshold) {
  for (Column& column : m) {
    if (column.empty()) continue;
    auto largest = std::max_element(column.begin(), column.end(),
                                    [](const auto& a, const auto& b) { return a.second < b.second; });
    std::uint32_t keep = largest->first;
    std::erase_if(column, [&](const auto& e) { return e.second < threshold && e.first != keep; });
  }
}

// numpy.allclose(now, before) restricted to stored entries of either.
inline bool converged(const Matrix& now, const Matrix& before) {
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


inline std::vector<std::vector<std::uint32_t>> markov_clusters(std::size_t nodes, std::span<const MatrixEntry> entries,
                                                        const MarkovClusteringOptions& options) {
  Matrix m = build(nodes, entries, options.loop_weight);
  for (unsigned iteration = 0; iteration < options.max_iterations; ++iteration) {
    Matrix next = m;
    for (unsigned e = 1; e < options.expansion; ++e) next = multiply(next, m);
    inflate(next, options.inflation);
    if (options.prune_below > 0) prune(next, options.prune_below);
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

}  // namespace annals::algorithms::reference
