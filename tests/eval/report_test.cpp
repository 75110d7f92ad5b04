#include "annals/eval/report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace annals::eval {
namespace {

TaskScores sample() {
  TaskScores s;
  s.rouge_1[Variant::kConcat] = {0.1, 1.0 / 3, 0.15384615384615385};
  s.rouge_2[Variant::kAlignDateContentCostsManyToOne] = {2.0 / 7, 0.0, 1e-300};
  s.date = {0.5, 0.25, 1.0 / 3};
  return s;
}

TEST(Report, ShortestRoundTrip) {
  EXPECT_EQ(shortest_double(0.1), "0.1");
  EXPECT_EQ(shortest_double(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(shortest_double(0), "0");
  EXPECT_EQ(shortest_double(1), "1");
}

TEST(Report, JsonHasTheDocumentedShapeAndExactNumbers) {
  TaskScores s = sample();
  nlohmann::json j = nlohmann::json::parse(scores_to_json(s));
  ASSERT_EQ(j.size(), 3u);
  for (const char* measure : {"rouge_1", "rouge_2"}) {
    ASSERT_EQ(j[measure].size(), kVariantCount);
    for (Variant v : kAllVariants) {
      const auto& prf = j[measure][std::string(variant_name(v))];
      ASSERT_EQ(prf.size(), 3u);
      const Prf& expected = (std::string(measure) == "rouge_1" ? s.rouge_1 : s.rouge_2)[v];
      EXPECT_EQ(prf["precision"].get<double>(), expected.precision);
      EXPECT_EQ(prf["recall"].get<double>(), expected.recall);
      EXPECT_EQ(prf["f1"].get<double>(), expected.f1);
    }
  }
  EXPECT_EQ(j["date"]["recall"].get<double>(), 0.25);
  EXPECT_NE(scores_to_json(s).find("\"precision\": 0.2857142857142857"), std::string::npos);
}

TEST(Report, TableAlignsColumns) {
  std::istringstream table(scores_to_table(sample()));
  std::vector<std::string> lines;
  for (std::string line; std::getline(table, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 1u + 2 * kVariantCount + 1);
  std::size_t column = lines[0].find("precision");
  EXPECT_EQ(lines[1].substr(0, 16), "rouge_1  concat ");
  EXPECT_EQ(lines[1].substr(column, 4), "0.1 ");
  EXPECT_EQ(lines.back().substr(0, 4), "date");
  EXPECT_EQ(lines.back().substr(column, 4), "0.5 ");
}

}  // namespace
}  // namespace annals::eval
