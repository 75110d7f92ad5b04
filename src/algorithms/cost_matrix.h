// A dense matrix of alignment costs and the assignments chosen on it.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <utility>
#include <vector>

namespace annals::algorithms {

// Cells held by all live cost matrices and the most ever held at once: an
// n-date evaluation must hold O(n^2) cells, and tests bound the constant
// (memory) without measuring the process.
class CostCells {
 public:
  static std::size_t live() { return live_; }
  static std::size_t peak() { return peak_; }
  static void reset_peak() { peak_ = live_.load(); }

  static void add(std::size_t cells) {
    std::size_t now = live_ += cells, seen = peak_;
    while (now > seen && !peak_.compare_exchange_weak(seen, now)) {}
  }
  static void remove(std::size_t cells) { live_ -= cells; }

 private:
  inline static std::atomic<std::size_t> live_{0}, peak_{0};
};

class CostMatrix {
 public:
  CostMatrix(std::size_t rows, std::size_t cols) : rows_(rows), cols_(cols), values_(rows * cols) {
    CostCells::add(values_.size());
  }
  CostMatrix(const CostMatrix& other) : rows_(other.rows_), cols_(other.cols_), values_(other.values_) {
    CostCells::add(values_.size());
  }
  CostMatrix(CostMatrix&& other) noexcept
      : rows_(std::exchange(other.rows_, 0)), cols_(std::exchange(other.cols_, 0)),
        values_(std::exchange(other.values_, {})) {}
  CostMatrix& operator=(CostMatrix other) noexcept {
    std::swap(rows_, other.rows_);
    std::swap(cols_, other.cols_);
    std::swap(values_, other.values_);
    return *this;
  }
  ~CostMatrix() { CostCells::remove(values_.size()); }

  std::size_t rows() const { return rows_; }
  std::size_t cols() const { return cols_; }
  double& at(std::size_t i, std::size_t j) { return values_[i * cols_ + j]; }
  double at(std::size_t i, std::size_t j) const { return values_[i * cols_ + j]; }
  const double* row(std::size_t i) const { return values_.data() + i * cols_; }

  CostMatrix transposed() const {
    CostMatrix t(cols_, rows_);
    for (std::size_t i = 0; i < rows_; ++i)
      for (std::size_t j = 0; j < cols_; ++j) t.at(j, i) = at(i, j);
    return t;
  }

  // In place when square, so the recall alignment needs no second matrix.
  void transpose() {
    if (rows_ != cols_) {
      *this = transposed();
      return;
    }
    for (std::size_t i = 0; i < rows_; ++i)
      for (std::size_t j = i + 1; j < cols_; ++j) std::swap(at(i, j), at(j, i));
  }

 private:
  std::size_t rows_, cols_;
  std::vector<double> values_;
};

// (row, column) pairs in ascending row order.
using Assignment = std::vector<std::pair<std::size_t, std::size_t>>;

// The same pairs as (column, row), in ascending column order.
inline Assignment swapped(Assignment pairs) {
  for (auto& [i, j] : pairs) std::swap(i, j);
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

}  // namespace annals::algorithms
