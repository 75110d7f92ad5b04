// Failed writes, option values and names that used to slip through.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/command.h"
#include "support/temp_dir.h"

namespace annals {
namespace {

using testing::kDemo;
using testing::run_annals;

const std::string kReference = std::string(ANNALS_SOURCE_DIR) + "/data/demo/reference.txt";

TEST(OutputTest, AFullDiskIsAnErrorWithItsReason) {
  for (const std::string& command : std::vector<std::string>{"timeline " + kDemo, "tag " + kDemo, "methods", "methods --format json"}) {
    auto result = run_annals(command + (command.starts_with("methods") ? "" : " -q") + " > /dev/full");
    EXPECT_EQ(result.exit_code, 2) << command;
    EXPECT_NE(result.err.find("No space left on device"), std::string::npos) << command << ": " << result.err;
  }
}

TEST(OutputTest, OutputFilesAppearWholeOrNotAtAll) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "timeline.json").string();
  auto ok = run_annals("timeline " + kDemo + " --format json -q -o " + path);
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(testing::read_file(path).find("\"schema_version\""), std::string::npos);
  // Only the output itself is left: the temporary file was renamed into place.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()), 1);
  EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::others_read,
            std::filesystem::perms::others_read)
      << "an output file gets the permissions a plain create gives";

  auto missing = run_annals("timeline " + kDemo + " -q -o " + (dir.path() / "no/such/folder/t.txt").string());
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("No such file or directory"), std::string::npos) << missing.err;
  auto device = run_annals("timeline " + kDemo + " -q -o /dev/full");
  EXPECT_EQ(device.exit_code, 2);
  EXPECT_TRUE(std::filesystem::is_character_file("/dev/full")) << "a device is written in place, never replaced";
}

TEST(OptionsTest, OutOfRangeAndUnknownValuesAreUsageErrors) {
  auto zero = run_annals("timeline " + kDemo + " --dates 0");
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_LT(zero.err.size(), 200u) << "no 309-digit range: " << zero.err;
  EXPECT_EQ(run_annals("timeline " + kDemo + " --dates 99999999999999999999").exit_code, 2);
  EXPECT_EQ(run_annals("timeline " + kDemo + " --sentences 0").exit_code, 2);
  auto language = run_annals("timeline " + kDemo + " --language xx");
  EXPECT_EQ(language.exit_code, 2);
  EXPECT_NE(language.err.find("en"), std::string::npos);
  auto threads = run_annals("timeline " + kDemo + " --threads 1000 --dates 2 -q");
  EXPECT_EQ(threads.exit_code, 0) << "many threads are capped, not fatal: " << threads.err;
}

TEST(OptionsTest, AnEmptyQueryNeverSwallowsTheArgumentsAfterIt) {
  auto result = run_annals("timeline --query , " + kDemo + " --dates 3 -q");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::size_t dates = 0;
  for (std::size_t at = result.out.find("date "); at != std::string::npos; at = result.out.find("\ndate ", at + 1)) ++dates;
  EXPECT_EQ(dates, 3u);
  auto repeated = run_annals("timeline " + kDemo + " --query dam --query inquiry --dates 2 -q");
  EXPECT_EQ(repeated.exit_code, 0) << repeated.err;
}

TEST(OptionsTest, UnknownCommandsAreNamed) {
  auto result = run_annals("frobnicate");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown command 'frobnicate'"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("timeline"), std::string::npos);
}

TEST(OptionsTest, ADateModelWithAnUnknownFeatureIsRejectedBeforeLoading) {
  testing::TempDir dir;
  std::string model = dir.write("model.json", R"({"features": ["sents_total", "vibes"], "weights": [1, 2], "bias": 0})");
  auto result = run_annals("timeline /nonexistent/input.jsonl --method datewise --date-model " + model);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("feature 'vibes'"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("/nonexistent/input.jsonl"), std::string::npos) << result.err;
}

// A topics file over the demo corpus, with a hostile topic name.
std::string demo_topics(const testing::TempDir& dir, const std::string& dataset, const std::string& topic) {
  std::filesystem::create_directories(dir.path() / "corpus/timelines");
  std::filesystem::copy_file(kDemo, dir.path() / "corpus/articles.jsonl");
  std::filesystem::copy_file(kReference, dir.path() / "corpus/timelines/demo.txt");
  return dir.write("topics.tsv", dataset + "\t" + topic + "\ten\tcorpus\tdam\n");
}

TEST(BenchOptionsTest, TopicNamesMatchWithoutCaseAndAMissListsTheTopics) {
  testing::TempDir dir;
  std::string topics = demo_topics(dir, "demo", "Hollin");
  std::string rouge = std::string(ANNALS_SHARED_DIR) + "/eval/resources";
  if (!std::filesystem::is_directory(rouge)) GTEST_SKIP() << "ROUGE data not found at " << rouge;
  auto upper = run_annals("bench --topics " + topics + " --topic HOLLIN --method baseline -q --rouge-data " + rouge);
  EXPECT_EQ(upper.exit_code, 0) << upper.err;
  auto miss = run_annals("bench --topics " + topics + " --topic nope --method baseline --rouge-data " + rouge);
  EXPECT_EQ(miss.exit_code, 2);
  EXPECT_NE(miss.err.find("demo/Hollin"), std::string::npos) << miss.err;
  auto train = run_annals("train --topics " + topics + " --topic nope -o " + (dir.path() / "m.json").string());
  EXPECT_EQ(train.exit_code, 2);
  EXPECT_NE(train.err.find("demo/Hollin"), std::string::npos) << train.err;
}

TEST(BenchOptionsTest, SavedTimelinesStayInsideTheirFolder) {
  testing::TempDir dir;
  std::string topics = demo_topics(dir, "../../escaped", "../up");
  std::string rouge = std::string(ANNALS_SHARED_DIR) + "/eval/resources";
  if (!std::filesystem::is_directory(rouge)) GTEST_SKIP() << "ROUGE data not found at " << rouge;
  std::filesystem::path out = dir.path() / "out" / "saved";
  auto result = run_annals("bench --topics " + topics + " --method baseline -q --rouge-data " + rouge +
                           " --save-timelines " + out.string());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::size_t inside = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(out)) inside += entry.is_regular_file();
  EXPECT_EQ(inside, 1u);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "escaped"));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out" / "up"));
}

TEST(BenchOptionsTest, AReferenceWarningNamesItsFileOnce) {
  testing::TempDir dir;
  std::string topics = demo_topics(dir, "demo", "hollin");
  std::string rouge = std::string(ANNALS_SHARED_DIR) + "/eval/resources";
  if (!std::filesystem::is_directory(rouge)) GTEST_SKIP() << "ROUGE data not found at " << rouge;
  const std::filesystem::path reference = dir.path() / "corpus/timelines/demo.txt";
  std::ofstream(reference, std::ios::app) << "2025-06-01\nA block never closed.\n";
  auto result = run_annals("bench --topics " + topics + " --method baseline --rouge-data " + rouge);
  const std::size_t first = result.err.find(reference.string());
  ASSERT_NE(first, std::string::npos) << result.err;
  EXPECT_NE(result.err.find("final block has no closing separator"), std::string::npos) << result.err;
  const std::size_t line_end = result.err.find('\n', first);
  EXPECT_EQ(result.err.find(reference.string(), first + 1), std::string::npos) << result.err.substr(first, line_end - first);
}

TEST(OutputTest, EvalBenchAndTrainReportAFullDisk) {
  testing::TempDir dir;
  std::string topics = demo_topics(dir, "demo", "hollin");
  std::string rouge = std::string(ANNALS_SHARED_DIR) + "/eval/resources";
  if (!std::filesystem::is_directory(rouge)) GTEST_SKIP() << "ROUGE data not found at " << rouge;
  const std::string bench = "bench --topics " + topics + " --method baseline -q --rouge-data " + rouge;
  const std::string eval = "eval " + kReference + " " + kReference + " --rouge-data " + rouge;
  for (const std::string& command :
       {bench + " > /dev/full", bench + " --json /dev/full", eval + " > /dev/full", eval + " --format json > /dev/full",
        "train -q --topics " + topics + " -o /dev/full"}) {
    auto result = run_annals(command);
    EXPECT_EQ(result.exit_code, 2) << command;
    EXPECT_NE(result.err.find("No space left on device"), std::string::npos) << command << ": " << result.err;
  }
}

TEST(TrainOptionsTest, QuietIsAccepted) {
  testing::TempDir dir;
  std::string topics = demo_topics(dir, "demo", "hollin");
  auto result = run_annals("train -q --topics " + topics + " -o " + (dir.path() / "m.json").string());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.err.empty()) << result.err;
  EXPECT_NE(testing::read_file(dir.path() / "m.json").find("\"weights\""), std::string::npos);
}

}  // namespace
}  // namespace annals
