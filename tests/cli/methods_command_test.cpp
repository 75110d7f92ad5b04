// `annals methods` and method parameters on the command line.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "support/command.h"

namespace annals {
namespace {

using testing::kDemo;
using testing::run_annals;


TEST(MethodsCommandTest, JsonListsEveryMethodWithTypedParameters) {
  auto result = run_annals("methods --format json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto doc = nlohmann::json::parse(result.out);
  ASSERT_TRUE(doc["methods"].is_array());
  ASSERT_GE(doc["methods"].size(), 7u);
  std::set<std::string> names;
  for (const auto& method : doc["methods"]) {
    names.insert(method["name"].get<std::string>());
    EXPECT_TRUE(method["description"].is_string());
    EXPECT_TRUE(method["supervised"].is_boolean());
    for (const auto& p : method["parameters"]) {
      EXPECT_TRUE(p["name"].is_string());
      EXPECT_TRUE(p["description"].is_string());
      const std::string type = p["type"];
      if (type == "integer") EXPECT_TRUE(p["default"].is_number_integer()) << p;
      if (type == "number") EXPECT_TRUE(p["default"].is_number()) << p;
      if (type == "boolean") EXPECT_TRUE(p["default"].is_boolean()) << p;
      if (type == "choice") {
        EXPECT_TRUE(p["choices"].is_array());
        EXPECT_NE(std::find(p["choices"].begin(), p["choices"].end(), p["default"]), p["choices"].end()) << p;
      }
    }
  }
  for (const char* expected : {"baseline", "pubcount", "datewise", "datewise-mc", "clust", "chieu2004", "martschat2018"})
    EXPECT_EQ(names.count(expected), 1u) << expected;
  const auto& datewise = *std::find_if(doc["methods"].begin(), doc["methods"].end(),
                                       [](const auto& m) { return m["name"] == "datewise"; });
  EXPECT_TRUE(datewise["supervised"].get<bool>());
  // Integers and numbers give their range; an integer's ends are integers.
  const auto& annals = doc["methods"][0];
  ASSERT_EQ(annals["name"], "annals");
  for (const auto& p : annals["parameters"]) {
    if (p["name"] == "lead_sentences") {
      EXPECT_TRUE(p["minimum"].is_number_integer());
      EXPECT_EQ(p["minimum"], 1);
      EXPECT_EQ(p["maximum"], 1000);
    }
    if (p["name"] == "redundancy") {
      EXPECT_EQ(p["minimum"], 0.0);
      EXPECT_EQ(p["maximum"], 1.0);
    }
    if (p["type"] == "boolean" || p["type"] == "choice") EXPECT_FALSE(p.contains("minimum")) << p["name"];
  }
}

TEST(MethodsCommandTest, TextNamesTheDefaultAndEachParameter) {
  auto result = run_annals("methods");
  ASSERT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("(default)"), std::string::npos);
  EXPECT_NE(result.out.find("inflation (number 1.01..10, default 2)"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("lead_sentences (integer 1..1000, default 7)"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("distinct_sentences (boolean, default true)"), std::string::npos) << result.out;
  EXPECT_EQ(run_annals("methods --format xml").exit_code, 2);
}

TEST(MethodParamTest, ValidParametersChangeTheTimeline) {
  auto plain = run_annals("timeline " + kDemo + " --method baseline -q");
  auto first_only = run_annals("timeline " + kDemo + " --method baseline --param lead_sentences=1 -q");
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(first_only.exit_code, 0) << first_only.err;
  EXPECT_NE(plain.out, first_only.out);
  auto two = run_annals("timeline " + kDemo + " --method clust --param inflation=3 --param summarizer=textrank -q");
  EXPECT_EQ(two.exit_code, 0) << two.err;
}

TEST(MethodParamTest, UnknownNamesAndBadValuesAreUsageErrorsNamingTheValidOnes) {
  auto unknown = run_annals("timeline " + kDemo + " --method clust --param inflate=3");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("inflation"), std::string::npos) << unknown.err;
  auto range = run_annals("timeline " + kDemo + " --method baseline --param lead_sentences=0");
  EXPECT_EQ(range.exit_code, 2);
  EXPECT_NE(range.err.find("from 1 to 1000"), std::string::npos) << range.err;
  // A parameter given twice would hide one of its values.
  auto twice = run_annals("timeline " + kDemo + " --param redundancy=0 --param redundancy=1");
  EXPECT_EQ(twice.exit_code, 2);
  EXPECT_NE(twice.err.find("redundancy is given more than once"), std::string::npos) << twice.err;
  auto choice = run_annals("timeline " + kDemo + " --method datewise --param summarizer=lexrank");
  EXPECT_EQ(choice.exit_code, 2);
  EXPECT_NE(choice.err.find("centroid-opt"), std::string::npos) << choice.err;
  EXPECT_EQ(run_annals("timeline " + kDemo + " --param lead_sentences").exit_code, 2);
  auto unsupervised = run_annals("timeline " + kDemo + " --method clust --date-model " + std::string(ANNALS_SOURCE_DIR) +
                                 "/models/datewise-t17-dev.json");
  EXPECT_EQ(unsupervised.exit_code, 2);
}

TEST(MethodParamTest, ABrokenModelFileIsRejectedBeforeAnyInputIsRead) {
  auto result = run_annals("timeline /nonexistent/input.jsonl --method datewise --param model=" +
                           std::string(ANNALS_SOURCE_DIR) + "/data/demo/reference.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("reference.txt"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("/nonexistent/input.jsonl"), std::string::npos) << "the model is checked first";
}

}  // namespace
}  // namespace annals
