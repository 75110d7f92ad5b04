// End-to-end tests of `annals eval` on the golden vectors of ../shared/eval.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "support/command.h"
#include "support/temp_dir.h"

namespace annals {
namespace {

using testing::run_annals;

const std::string kEval = std::string(ANNALS_SHARED_DIR) + "/eval";
const std::string kResources = kEval + "/resources";
const std::string kV2 = kEval + "/golden/v2_multi_ref";
const std::string kV2Files = kV2 + "/pred.txt " + kV2 + "/ref1.txt " + kV2 + "/ref2.txt";

#define SKIP_WITHOUT_SHARED_EVAL()                      \
  if (!std::filesystem::is_directory(kResources)) \
  GTEST_SKIP() << "benchmark data not found at " << kEval

class EvalCommandTest : public ::testing::Test {
 protected:
  void SetUp() override { ::unsetenv("ANNALS_ROUGE_DATA"); }
};

TEST_F(EvalCommandTest, HelpListsOptions) {
  auto help = run_annals("eval --help");
  EXPECT_EQ(help.exit_code, 0);
  for (const char* flag : {"--format", "--rouge-data", "ANNALS_ROUGE_DATA"})
    EXPECT_NE(help.out.find(flag), std::string::npos) << flag;
}

// The JSON carries tilse's values for golden vector v2 exactly.
TEST_F(EvalCommandTest, JsonMatchesGoldenValues) {
  SKIP_WITHOUT_SHARED_EVAL();
  auto result = run_annals("eval " + kV2Files + " --format json --rouge-data " + kResources);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto json = nlohmann::json::parse(result.out);
  std::ifstream expected(kEval + "/golden/expected.tsv");
  int checked = 0;
  for (std::string line; std::getline(expected, line);) {
    if (!line.starts_with("v2_multi_ref\t")) continue;
    std::istringstream fields(line);
    std::string vector, refs, measure, variant;
    double p, r, f;
    fields >> vector >> refs >> measure >> variant >> p >> r >> f;
    const auto& prf = measure == "date" ? json["date"] : json[measure][variant];
    EXPECT_EQ(prf["precision"].get<double>(), p) << line;
    EXPECT_EQ(prf["recall"].get<double>(), r) << line;
    EXPECT_EQ(prf["f1"].get<double>(), f) << line;
    ++checked;
  }
  EXPECT_EQ(checked, 11);
}

TEST_F(EvalCommandTest, TableAndBothRougeDataForms) {
  SKIP_WITHOUT_SHARED_EVAL();
  auto tsv = run_annals("eval " + kV2Files + " --rouge-data " + kResources);
  ASSERT_EQ(tsv.exit_code, 0) << tsv.err;
  EXPECT_EQ(std::count(tsv.out.begin(), tsv.out.end(), '\n'), 12);
  EXPECT_NE(tsv.out.find("align_date_content_costs_many_to_one"), std::string::npos);
  ::setenv("ANNALS_ROUGE_DATA", (kResources + "/rouge-1.5.5-data").c_str(), 1);
  auto db = run_annals("eval " + kV2Files);
  ::unsetenv("ANNALS_ROUGE_DATA");
  EXPECT_EQ(db.exit_code, 0) << db.err;
  EXPECT_EQ(db.out, tsv.out);
}

TEST_F(EvalCommandTest, MissingRougeDataSaysWhatIsNeeded) {
  SKIP_WITHOUT_SHARED_EVAL();
  testing::TempDir dir;  // outside the shared layout, so nothing is found above the files
  for (const char* name : {"pred.txt", "ref1.txt", "ref2.txt"}) std::filesystem::copy_file(kV2 + "/" + name, dir.path() / name);
  auto result = run_annals("eval " + (dir.path() / "pred.txt").string() + " " + (dir.path() / "ref1.txt").string() +
                           " " + (dir.path() / "ref2.txt").string());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.out.empty());
  EXPECT_NE(result.err.find("smart_common_words.txt"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("WordNet-2.0.exc.db"), std::string::npos) << result.err;
}

// annals' text, json and tilse output of one timeline score alike, and the
// ROUGE data is found in eval/resources above the reference, as bench finds it.
TEST_F(EvalCommandTest, ReadsAnnalsOwnOutputsAndFindsRougeDataAboveTheReference) {
  SKIP_WITHOUT_SHARED_EVAL();
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "eval");
  std::filesystem::create_directory_symlink(kResources, dir.path() / "eval" / "resources");
  std::filesystem::create_directories(dir.path() / "data");
  const std::string reference = (dir.path() / "data" / "reference.txt").string();
  std::filesystem::copy_file(std::string(ANNALS_SOURCE_DIR) + "/data/demo/reference.txt", reference);
  std::string tilse_scores;
  for (const char* format : {"tilse", "text", "json"}) {
    const std::string pred = (dir.path() / (std::string("pred.") + format)).string();
    ASSERT_EQ(run_annals("timeline " + testing::kDemo + " -q --format " + format + " -o " + pred).exit_code, 0);
    auto result = run_annals("eval " + pred + " " + reference + " --format json");
    ASSERT_EQ(result.exit_code, 0) << format << ": " << result.err;
    if (tilse_scores.empty()) tilse_scores = result.out;
    EXPECT_EQ(result.out, tilse_scores) << format;
  }
  EXPECT_NE(tilse_scores.find("rouge_1"), std::string::npos) << tilse_scores;
}

TEST_F(EvalCommandTest, BadFilesAreUsageErrorsOrRejectedRecords) {
  SKIP_WITHOUT_SHARED_EVAL();
  testing::TempDir dir;
  std::string data = " --rouge-data " + kResources;
  EXPECT_EQ(run_annals("eval " + kV2 + "/pred.txt" + data).exit_code, 2);  // no reference
  EXPECT_EQ(run_annals("eval " + kV2 + "/pred.txt /nonexistent.txt" + data).exit_code, 2);
  std::string empty = dir.write("empty.txt", "no dates here\n");
  auto no_dates = run_annals("eval " + empty + " " + kV2 + "/ref1.txt" + data);
  EXPECT_EQ(no_dates.exit_code, 2);
  EXPECT_NE(no_dates.err.find("no dated summary"), std::string::npos) << no_dates.err;
  std::string sep(32, '-');
  std::string partly = dir.write("partly.txt", "orphan\n" + sep + "\n2012-07-04\nCuriosity lands .\n" + sep + "\n");
  auto rejected = run_annals("eval " + partly + " " + kV2 + "/ref1.txt --format json" + data);
  EXPECT_EQ(rejected.exit_code, 1);
  EXPECT_NE(rejected.err.find("without a date"), std::string::npos) << rejected.err;
  EXPECT_NO_THROW(nlohmann::json::parse(rejected.out));
}

// Alignment time grows about cubically with the dates, so eval refuses more
// than --max-dates up front (on the prediction, or the references' dates
// together) rather than seeming to hang.
TEST_F(EvalCommandTest, TooManyDatesIsAUsageErrorNamingTheLimit) {
  SKIP_WITHOUT_SHARED_EVAL();
  std::string data = " --rouge-data " + kResources;
  auto within = run_annals("eval " + kV2Files + data);
  ASSERT_EQ(within.exit_code, 0) << within.err;
  auto pred = run_annals("eval " + kV2Files + data + " --max-dates 1");
  EXPECT_EQ(pred.exit_code, 2);
  EXPECT_NE(pred.err.find("the prediction has"), std::string::npos) << pred.err;
  EXPECT_NE(pred.err.find("more than the limit of 1"), std::string::npos) << pred.err;
  EXPECT_NE(pred.err.find("--max-dates N"), std::string::npos) << pred.err;
  EXPECT_TRUE(pred.out.empty());
  testing::TempDir dir;
  std::string sep(32, '-');
  std::string one_date = dir.write("one.txt", "2012-07-04\nCuriosity lands .\n" + sep + "\n");
  auto refs = run_annals("eval " + one_date + " " + kV2 + "/ref1.txt " + kV2 + "/ref2.txt" + data + " --max-dates 1");
  EXPECT_EQ(refs.exit_code, 2);
  EXPECT_NE(refs.err.find("the references have"), std::string::npos) << refs.err;
}

}  // namespace
}  // namespace annals
