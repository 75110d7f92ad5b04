// One-to-one assignment of minimal total cost, with scipy's tie-breaking.
#pragma once

#include "algorithms/cost_matrix.h"

namespace annals::algorithms {

// scipy >= 1.9 `linear_sum_assignment` (Crouse's shortest augmenting path,
// rectangular_lsap.cpp), ported step for step. Many alignment cost matrices
// have several optimal assignments and ROUGE depends on which one is chosen,
// so the order of the column scan, the preference for unassigned columns on
// ties and the swap-remove of visited columns all follow scipy exactly.
// Matches min(rows, cols) rows or columns; empty for an empty matrix.
Assignment solve_lsap(const CostMatrix& cost);

// Matches every row to the first column of minimal cost (numpy argmin).
// Empty when the matrix has no columns.
Assignment argmin_rows(const CostMatrix& cost);

// argmin_rows of the transposed matrix, without transposing: (column, first
// row of minimal cost) pairs. Empty when the matrix has no rows.
Assignment argmin_columns(const CostMatrix& cost);

}  // namespace annals::algorithms
