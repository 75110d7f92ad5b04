#include "algorithms/knee_point.h"

#include <cmath>

namespace annals::algorithms {

std::size_t knee_point(std::span<const double> values) {
  if (values.size() < 2) return 0;
  // Unit vector along the chord from the first to the last point; the
  // distance to the chord is the norm of a point's component normal to it.
  double dx = double(values.size() - 1), dy = values.back() - values.front();
  double length = std::hypot(dx, dy);
  dx /= length, dy /= length;
  std::size_t best = 0;
  double best_distance = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    double x = double(i), y = values[i] - values.front();
    double distance = std::abs(x * dy - y * dx);
    if (distance > best_distance) best = i, best_distance = distance;
  }
  return best;
}

}  // namespace annals::algorithms
