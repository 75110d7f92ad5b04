#include "algorithms/knee_point.h"

#include <gtest/gtest.h>

#include <vector>

namespace annals::algorithms {
namespace {

TEST(KneePointTest, FewerThanTwoPointsGiveZero) {
  EXPECT_EQ(knee_point(std::vector<double>{}), 0u);
  EXPECT_EQ(knee_point(std::vector<double>{0.7}), 0u);
}

TEST(KneePointTest, StraightLineGivesZero) { EXPECT_EQ(knee_point(std::vector<double>{3, 2, 1, 0}), 0u); }

TEST(KneePointTest, FindsThePointFarthestFromTheChord) {
  // Chord (0,1)-(3,0): point 1 is 0.5/√10 away from it, point 2 0.4/√10.
  EXPECT_EQ(knee_point(std::vector<double>{1.0, 0.5, 0.2, 0.0}), 1u);
  // Chord (0,1)-(4,0): point 1 (0.9) is 0.6/√17 away, point 2 (0.8) 1.2/√17, point 3 (0.1) 0.6/√17.
  EXPECT_EQ(knee_point(std::vector<double>{1.0, 0.9, 0.8, 0.1, 0.0}), 2u);
}

}  // namespace
}  // namespace annals::algorithms
