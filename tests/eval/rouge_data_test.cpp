#include "annals/eval/rouge_data.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>

#include "eval_test_support.h"

namespace annals::eval {
namespace {

namespace fs = std::filesystem;

// ROUGE's own data folder (Berkeley DB) and the TSV dump must agree exactly.
TEST(RougeData, BerkeleyDbAndTsvFormsAreIdentical) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  RougeDataResult original = load_rouge_data(testing::resources_dir() / "rouge-1.5.5-data");
  RougeDataResult dump = load_rouge_data(testing::resources_dir());
  ASSERT_TRUE(original.data) << original.error;
  ASSERT_TRUE(dump.data) << dump.error;
  EXPECT_EQ(original.data->exceptions.size(), 5930u);
  EXPECT_EQ(original.data->exceptions, dump.data->exceptions);
  EXPECT_EQ(original.data->stopwords.size(), 596u);
  EXPECT_EQ(original.data->stopwords, dump.data->stopwords);
  EXPECT_EQ(original.data->exceptions.at("went"), "go");
  EXPECT_EQ(original.data->exceptions.at("comics"), "comic_strip");
  EXPECT_TRUE(original.data->stopwords.contains("reuters"));
}

TEST(RougeData, MissingFilesNameWhatIsNeeded) {
  RougeDataResult result = load_rouge_data("/nonexistent/rouge");
  EXPECT_FALSE(result.data);
  EXPECT_NE(result.error.find("smart_common_words.txt"), std::string::npos);
  EXPECT_NE(result.error.find("WordNet-2.0.exc.db"), std::string::npos);
  EXPECT_NE(result.error.find("pyrouge/tools/ROUGE-1.5.5/data"), std::string::npos);
}

TEST(RougeData, UsesTheEnvironmentWhenNoDirectoryIsGiven) {
  ::unsetenv(kRougeDataEnv);
  RougeDataResult none = find_rouge_data(std::nullopt);
  EXPECT_FALSE(none.data);
  EXPECT_NE(none.error.find(kRougeDataEnv), std::string::npos);
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  ::setenv(kRougeDataEnv, testing::resources_dir().c_str(), 1);
  RougeDataResult found = find_rouge_data(std::nullopt);
  ::unsetenv(kRougeDataEnv);
  EXPECT_TRUE(found.data) << found.error;
}

TEST(RougeData, MalformedTsvIsAnError) {
  fs::path dir = fs::temp_directory_path() / ("annals_rouge_data_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "smart_common_words.txt") << "the\n";
  std::ofstream(dir / "wordnet20_exceptions.tsv") << "went\tgo\nbroken line\n";
  RougeDataResult result = load_rouge_data(dir);
  fs::remove_all(dir);
  EXPECT_FALSE(result.data);
  EXPECT_NE(result.error.find(":2:"), std::string::npos) << result.error;
}

}  // namespace
}  // namespace annals::eval
