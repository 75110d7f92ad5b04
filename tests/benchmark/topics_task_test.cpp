#include <gtest/gtest.h>

#include <filesystem>

#include "benchmark/task.h"
#include "annals/benchmark.h"
#include "support/temp_dir.h"

namespace annals::benchmark {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

const std::string kDash(32, '-');

TEST(RoundHalfEvenTest, MatchesPythonRound) {
  EXPECT_EQ(round_half_even(0.5), 0u);
  EXPECT_EQ(round_half_even(1.5), 2u);
  EXPECT_EQ(round_half_even(2.5), 2u);
  EXPECT_EQ(round_half_even(2.4999), 2u);
  EXPECT_EQ(round_half_even(2.51), 3u);
}

TEST(TopicsFileTest, ReadsTopicsAndResolvesFoldersAgainstTheFile) {
  TempDir dir;
  dir.write("topics.tsv",
            "# dataset\ttopic\tlanguage\tfolders\tkeywords\n"
            "demo\tdam\ten\tnews/a news/b\tdam,flood\n"
            "\n"
            "broken line without tabs\n");
  Diagnostics diagnostics;
  auto topics = read_topics_file(dir.path() / "topics.tsv", diagnostics);
  ASSERT_EQ(topics.size(), 1u);
  EXPECT_EQ(topics[0].dataset, "demo");
  EXPECT_EQ(topics[0].name, "dam");
  EXPECT_EQ(topics[0].language, "en");
  EXPECT_EQ(topics[0].folders, (std::vector<fs::path>{dir.path() / "news/a", dir.path() / "news/b"}));
  EXPECT_EQ(topics[0].keywords, (std::vector<std::string>{"dam", "flood"}));
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_EQ(diagnostics.all()[0].line, 4u);
}

TEST(TaskTest, DerivesWindowLengthAndSentencesFromTheReference) {
  TempDir dir;
  // Three dates with 1, 2 and 2 sentences: K = round(5/3) = 2, L = 3.
  dir.write("dam_wire/timelines/wire.txt", "2025-03-09\nC one\nC two\n" + kDash + "\n2025-03-03\nA one\n" + kDash +
                                               "\n2025-03-05\nB one\nB two\n" + kDash + "\n");
  Topic topic{"demo", "dam", "en", {dir.path() / "dam_wire"}, {"Dam", "flood"}};
  Diagnostics diagnostics;
  auto tasks = make_tasks(topic, 0, diagnostics);
  ASSERT_EQ(tasks.size(), 1u);
  const Task& task = tasks[0];
  EXPECT_EQ(task.timeline, "dam_wire");
  EXPECT_EQ(task.request.dates, 3u);
  EXPECT_EQ(task.request.sentences, 2u);
  EXPECT_EQ(task.request.window.from->to_string(), "2025-03-03");
  EXPECT_EQ(task.request.window.to->to_string(), "2025-03-09");
  EXPECT_EQ(task.request.keywords, (std::vector<std::string>{"dam", "flood"}));

  auto widened = make_tasks(topic, 2, diagnostics);
  EXPECT_EQ(widened[0].request.window.from->to_string(), "2025-03-01");
  EXPECT_EQ(widened[0].request.window.to->to_string(), "2025-03-11");
}

TEST(TaskTest, FindsCrisisStyleReferences) {
  TempDir dir;
  dir.write("es/reference/egypt.txt", "2011-01-25\nProtestas.\n" + kDash + "\n");
  fs::create_directories(dir.path() / "es/egypt/2011-01-25");
  Topic topic{"crisis-es", "egypt", "es", {dir.path() / "es/egypt"}, {"egipto"}};
  Diagnostics diagnostics;
  auto tasks = make_tasks(topic, 0, diagnostics);
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].timeline, "egypt");
  EXPECT_EQ(tasks[0].request.sentences, 1u);
}

TEST(TaskTest, ReportsATopicWithoutReference) {
  TempDir dir;
  fs::create_directories(dir.path() / "lonely");
  Topic topic{"demo", "lonely", "en", {dir.path() / "lonely"}, {}};
  Diagnostics diagnostics;
  EXPECT_TRUE(make_tasks(topic, 0, diagnostics).empty());
  EXPECT_TRUE(diagnostics.has_errors());
}

}  // namespace
}  // namespace annals::benchmark
