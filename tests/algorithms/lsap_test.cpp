#include "algorithms/lsap.h"

#include <gtest/gtest.h>

#include "eval/eval_test_support.h"

namespace annals::algorithms {
using namespace annals::eval;
namespace {

CostMatrix from_json(const nlohmann::json& rows) {
  CostMatrix m(rows.size(), rows.empty() ? 0 : rows[0].size());
  for (std::size_t i = 0; i < m.rows(); ++i)
    for (std::size_t j = 0; j < m.cols(); ++j) m.at(i, j) = rows[i][j].get<double>();
  return m;
}

Assignment expected_pairs(const nlohmann::json& record) {
  Assignment pairs;
  for (std::size_t k = 0; k < record["rows"].size(); ++k)
    pairs.emplace_back(record["rows"][k].get<std::size_t>(), record["cols"][k].get<std::size_t>());
  return pairs;
}

TEST(Lsap, FindsTheOptimumOnSmallMatrices) {
  CostMatrix c(3, 3);
  double values[3][3] = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) c.at(i, j) = values[i][j];
  EXPECT_EQ(solve_lsap(c), (Assignment{{0, 1}, {1, 0}, {2, 2}}));
  CostMatrix tall(3, 1);
  tall.at(0, 0) = 5, tall.at(1, 0) = 1, tall.at(2, 0) = 3;
  EXPECT_EQ(solve_lsap(tall), (Assignment{{1, 0}}));
  EXPECT_TRUE(solve_lsap(CostMatrix(0, 4)).empty());
  EXPECT_TRUE(solve_lsap(CostMatrix(4, 0)).empty());
}

TEST(Lsap, ArgminTakesTheFirstMinimum) {
  CostMatrix c(2, 3);
  double values[2][3] = {{0.5, 0.25, 0.25}, {0.0, 0.0, 1.0}};
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 3; ++j) c.at(i, j) = values[i][j];
  EXPECT_EQ(argmin_rows(c), (Assignment{{0, 1}, {1, 0}}));
  EXPECT_TRUE(argmin_rows(CostMatrix(3, 0)).empty());
  EXPECT_EQ(argmin_columns(c), (Assignment{{0, 1}, {1, 1}, {2, 0}}));
  EXPECT_TRUE(argmin_columns(CostMatrix(0, 3)).empty());
}

TEST(Lsap, TransposeInPlaceMatchesTransposedCopy) {
  for (auto [rows, cols] : {std::pair<std::size_t, std::size_t>{3, 3}, {2, 4}, {4, 1}}) {
    CostMatrix c(rows, cols);
    for (std::size_t i = 0; i < rows; ++i)
      for (std::size_t j = 0; j < cols; ++j) c.at(i, j) = double(i * 10 + j);
    CostMatrix copy = c.transposed();
    c.transpose();
    ASSERT_EQ(c.rows(), cols);
    ASSERT_EQ(c.cols(), rows);
    for (std::size_t i = 0; i < cols; ++i)
      for (std::size_t j = 0; j < rows; ++j) EXPECT_EQ(c.at(i, j), copy.at(i, j)) << i << "," << j;
  }
}

// The live-cell counter follows copies, moves and assignments.
TEST(Lsap, CostCellsCountLiveMatrices) {
  const std::size_t before = CostCells::live();
  {
    CostMatrix a(3, 4);
    CostMatrix b = a;
    EXPECT_EQ(CostCells::live(), before + 24);
    CostMatrix c = std::move(b);
    EXPECT_EQ(CostCells::live(), before + 24);
    c = CostMatrix(1, 2);
    EXPECT_EQ(CostCells::live(), before + 14);
    a.transpose();
    EXPECT_EQ(CostCells::live(), before + 14);
  }
  EXPECT_EQ(CostCells::live(), before);
}

// The evaluator solves a non-square matrix once and reads the recall
// alignment off it: that must be exactly what solving the transpose gives,
// ties included, on scipy's tie-heavy golden matrices.
TEST(Lsap, TransposedProblemHasTheSwappedSolution) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  int non_square = 0;
  for (const auto& record : testing::read_jsonl(testing::resources_dir() / "lsap_golden.jsonl")) {
    CostMatrix cost = from_json(record["cost"]);
    EXPECT_EQ(argmin_columns(cost), argmin_rows(cost.transposed())) << record["cost"].dump();
    if (cost.rows() == cost.cols()) continue;
    ++non_square;
    EXPECT_EQ(solve_lsap(cost.transposed()), swapped(solve_lsap(cost))) << record["cost"].dump();
  }
  EXPECT_GT(non_square, 50);
}

// 500 tie-heavy matrices with scipy 1.10.1's answers.
TEST(Lsap, MatchesScipyOnGoldenMatrices) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  auto records = testing::read_jsonl(testing::resources_dir() / "lsap_golden.jsonl");
  ASSERT_EQ(records.size(), 500u);
  for (const auto& record : records)
    EXPECT_EQ(solve_lsap(from_json(record["cost"])), expected_pairs(record)) << record["cost"].dump();
}

// The assignments tilse chose on the golden vectors' cost matrices.
TEST(Lsap, MatchesTilseAlignments) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  auto records = testing::read_jsonl(testing::golden_dir() / "alignments.jsonl");
  ASSERT_EQ(records.size(), 42u);
  for (const auto& record : records) {
    CostMatrix cost = from_json(record["cost"]);
    bool one_to_one = record["assign"] == "linear_sum_assignment";
    EXPECT_EQ(one_to_one ? solve_lsap(cost) : argmin_rows(cost), expected_pairs(record))
        << record["vector"] << " " << record["variant"];
  }
}

}  // namespace
}  // namespace annals::algorithms
