// Where a falling curve bends.
#pragma once

#include <cstddef>
#include <span>

namespace annals::algorithms {

// Index of the point of `values` (taken as points (i, values[i])) farthest
// from the straight line through the first and the last point; 0 for fewer
// than two points or a straight curve, and the first of equally far points.
std::size_t knee_point(std::span<const double> values);

}  // namespace annals::algorithms
