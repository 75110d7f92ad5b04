// A dense matrix of alignment costs and the assignments chosen on it.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace annals::algorithms {

class CostMatrix {
 public:
  CostMatrix(std::size_t rows, std::size_t cols) : rows_(rows), cols_(cols), values_(rows * cols) {}

  std::size_t rows() const { return rows_; }
  std::size_t cols() const { return cols_; }
  double& at(std::size_t i, std::size_t j) { return values_[i * cols_ + j]; }
  double at(std::size_t i, std::size_t j) const { return values_[i * cols_ + j]; }

  CostMatrix transposed() const {
    CostMatrix t(cols_, rows_);
    for (std::size_t i = 0; i < rows_; ++i)
      for (std::size_t j = 0; j < cols_; ++j) t.at(j, i) = at(i, j);
    return t;
  }

 private:
  std::size_t rows_, cols_;
  std::vector<double> values_;
};

// (row, column) pairs in ascending row order.
using Assignment = std::vector<std::pair<std::size_t, std::size_t>>;

}  // namespace annals::algorithms
