#include "annals/date_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <vector>

#include "dates/date_features.h"

namespace annals {
namespace {

TEST(DateModelTest, ScoreIsLinear) {
  DateModel m{{"a", "b"}, {2.0, -1.0}, 0.5, ""};
  EXPECT_DOUBLE_EQ(m.score(std::vector<double>{1.0, 3.0}), 2.0 - 3.0 + 0.5);
}

TEST(DateModelTest, JsonRoundTrip) {
  DateModel m{{"sents_total", "docs_after"}, {1.25, -0.5}, -3.0, "unit test"};
  DateModel back = DateModel::parse_json(m.to_json());
  EXPECT_EQ(back.features, m.features);
  EXPECT_EQ(back.weights, m.weights);
  EXPECT_EQ(back.bias, m.bias);
  EXPECT_EQ(back.trained_on, "unit test");
}

TEST(DateModelTest, FileRoundTrip) {
  auto path = std::filesystem::temp_directory_path() / "annals_date_model_test.json";
  DateModel m{{"sents_total"}, {0.75}, 0.25, ""};
  m.write(path);
  EXPECT_EQ(DateModel::read(path).weights, m.weights);
  std::filesystem::remove(path);
  EXPECT_THROW(DateModel::read(path), std::runtime_error);
}

TEST(DateModelTest, RejectsMalformedJson) {
  EXPECT_THROW(DateModel::parse_json("{"), std::runtime_error);
  EXPECT_THROW(DateModel::parse_json(R"({"features": ["a"], "bias": 0})"), std::runtime_error);
  EXPECT_THROW(DateModel::parse_json(R"({"features": ["a"], "weights": [1, 2], "bias": 0})"), std::runtime_error);
}

TEST(DateModelTest, DefaultModelUsesKnownFeatures) {
  auto model = default_date_model();
  ASSERT_NE(model, nullptr);
  ASSERT_FALSE(model->features.empty());
  const auto& known = tls::date_feature_names();
  for (const auto& f : model->features) EXPECT_NE(std::find(known.begin(), known.end(), f), known.end()) << f;
}

}  // namespace
}  // namespace annals
