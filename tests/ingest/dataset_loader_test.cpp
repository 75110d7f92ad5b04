#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using testing::TempDir;
using testing::find_diagnostic;
using testing::notes;
using testing::problems;

const Article* by_id(const LoadResult& result, const std::string& id) {
  for (const auto& a : result.articles) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

// A miniature Timeline17 topic folder.
void write_t17(const TempDir& dir) {
  dir.write("Timeline17/MJ_bbc/InputDocs/2009-06-27/114.htm.txt", "First sentence .\nSecond .\n");
  dir.write("Timeline17/MJ_bbc/InputDocs/2009-06-28/2.htm.txt", "Another .\n");
  dir.write("Timeline17/MJ_bbc/InputDocs/2009-06-28/3.htm.txt", " \n");
  dir.write("Timeline17/MJ_bbc/time_annotated/2009-06-27/114.txt.timeml", "<TimeML/>");
  dir.write("Timeline17/MJ_bbc/timelines/bbc.txt", "2009-06-25\nDies .\n");
}

TEST(DatasetLoader, Timeline17TopicFolder) {
  TempDir dir;
  write_t17(dir);
  const std::string topic = (dir.path() / "Timeline17/MJ_bbc").string();
  const LoadResult result = load_articles({topic});
  ASSERT_EQ(result.articles.size(), 2u);
  const Article& first = result.articles[0];
  EXPECT_EQ(first.id, "InputDocs/2009-06-27/114.htm.txt");
  EXPECT_EQ(first.published.to_string(), "2009-06-27");
  EXPECT_EQ(first.text, "First sentence .\nSecond .\n");
  EXPECT_TRUE(first.sentence_per_line);
  EXPECT_EQ(first.outlet, "BBC");
  EXPECT_EQ(first.language, "en");
  EXPECT_EQ(result.articles[1].id, "InputDocs/2009-06-28/2.htm.txt");

  const auto found = problems(result);
  ASSERT_EQ(found.size(), 1u);
  const Diagnostic& empty = found[0];
  EXPECT_EQ(empty.reason, "empty text");
  EXPECT_EQ(empty.severity, Diagnostic::Severity::kError);
  EXPECT_EQ(std::filesystem::path(empty.file), dir.path() / "Timeline17/MJ_bbc/InputDocs/2009-06-28/3.htm.txt");
  // What the walk leaves out by design is summed up, one note per reason.
  EXPECT_EQ(notes(result, topic),
            (std::vector<std::string>{"/time_annotated: note: skipped: folder of annotations or reference "
                                      "timelines, not articles (and 1 more like this)"}));
}

TEST(DatasetLoader, IdsAreRelativeToTheFolderGiven) {
  TempDir dir;
  write_t17(dir);
  const LoadResult root = load_articles({(dir.path() / "Timeline17").string()});
  ASSERT_EQ(root.articles.size(), 2u);
  EXPECT_EQ(root.articles[0].id, "MJ_bbc/InputDocs/2009-06-27/114.htm.txt");
  EXPECT_EQ(root.articles[0].outlet, "BBC");

  const LoadResult day = load_articles({(dir.path() / "Timeline17/MJ_bbc/InputDocs/2009-06-27").string()});
  ASSERT_EQ(day.articles.size(), 1u);
  EXPECT_EQ(day.articles[0].id, "114.htm.txt");
  EXPECT_EQ(day.articles[0].published.to_string(), "2009-06-27");
  EXPECT_EQ(day.articles[0].outlet, "BBC");
}

TEST(DatasetLoader, CrisisReadsOneArticlePerBasenamePreferringTxt) {
  TempDir dir;
  dir.write("crisis/es/egypt/2011-01-26/gv_30.txt", "Manifestantes, 25 de enero.\n\nPárrafo.\n");
  dir.write("crisis/es/egypt/2011-01-26/gv_30.tokenized", "Manifestantes , 25 de enero .\n");
  dir.write("crisis/es/egypt/2011-01-26/gv_30.tokenized.timeml", "<TimeML/>");
  dir.write("crisis/es/egypt/2011-01-27/ext_4.tokenized", "Solo tokenizado .\n");
  dir.write("crisis/es/reference/egypt.txt", "2011-01-25\nAlgo .\n");
  const std::string root = (dir.path() / "crisis/es").string();
  const LoadResult result = load_articles({root});
  EXPECT_TRUE(problems(result).empty());
  EXPECT_EQ(notes(result, root),
            (std::vector<std::string>{
                "/egypt/2011-01-26/gv_30.tokenized: note: skipped: .tokenized files whose .txt sibling is read instead",
                "/egypt/2011-01-26/gv_30.tokenized.timeml: note: skipped: .timeml annotation files, not articles",
                "/reference: note: skipped: folder of annotations or reference timelines, not articles"}));
  ASSERT_EQ(result.articles.size(), 2u);

  const Article* txt = by_id(result, "egypt/2011-01-26/gv_30.txt");
  ASSERT_NE(txt, nullptr);
  EXPECT_FALSE(txt->sentence_per_line);
  EXPECT_EQ(txt->language, "es");
  EXPECT_EQ(txt->outlet, "Global Voices");
  EXPECT_EQ(txt->published.to_string(), "2011-01-26");

  const Article* tokenized = by_id(result, "egypt/2011-01-27/ext_4.tokenized");
  ASSERT_NE(tokenized, nullptr);
  EXPECT_TRUE(tokenized->sentence_per_line);
  EXPECT_EQ(tokenized->outlet, "");
}

TEST(DatasetLoader, OtherFilesInAFolderAreReadByTheirFormat) {
  TempDir dir;
  dir.write("mixed/a.jsonl", R"({"date": "2011-01-01", "text": "from jsonl"})" "\n");
  dir.write("mixed/b.csv", "date,text\n2011-01-02,from csv\n");
  dir.write("mixed/notes.md", "# just notes\n");
  const LoadResult result = load_articles({(dir.path() / "mixed").string()});
  ASSERT_EQ(result.articles.size(), 2u);
  EXPECT_EQ(result.articles[0].text, "from jsonl");
  EXPECT_EQ(result.articles[1].text, "from csv");
  const auto* skipped = find_diagnostic(result, "skipped: unknown input format");
  ASSERT_NE(skipped, nullptr);
  EXPECT_EQ(skipped->severity, Diagnostic::Severity::kWarning);
}

TEST(DatasetLoader, SameIdFromTwoFoldersIsAWarningAndBothAreKept) {
  TempDir dir;
  dir.write("LibyaWar_cnn/InputDocs/2011-03-19/100.htm.txt", "From CNN .\n");
  const auto reuters = dir.write("LibyaWar_reuters/InputDocs/2011-03-19/100.htm.txt", "From Reuters .\n");
  const LoadResult result =
      load_articles({(dir.path() / "LibyaWar_cnn").string(), (dir.path() / "LibyaWar_reuters").string()});
  ASSERT_EQ(result.articles.size(), 2u);
  EXPECT_EQ(result.articles[0].outlet, "CNN");
  EXPECT_EQ(result.articles[1].outlet, "Reuters");
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  const Diagnostic& clash = result.diagnostics.all()[0];
  EXPECT_EQ(clash.severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(std::filesystem::path(clash.file), std::filesystem::path(reuters));
  EXPECT_EQ(clash.reason.substr(0, 42), "duplicate id \"InputDocs/2011-03-19/100.htm");
}

std::filesystem::path shared_data() { return std::filesystem::path(ANNALS_SHARED_DIR) / "data"; }

TEST(DatasetLoaderSharedData, Timeline17MichaelJacksonBbc) {
  const auto topic = shared_data() / "t17-dev/Timeline17/MJ_bbc";
  if (!std::filesystem::exists(topic)) GTEST_SKIP() << "shared benchmark data absent: " << topic;
  const LoadResult result = load_articles({topic.string()});
  EXPECT_EQ(result.articles.size(), 138u);
  EXPECT_EQ(problems(result).size(), 4u);
  for (const auto& d : problems(result)) {
    EXPECT_EQ(d.reason, "empty text") << d.to_string();
    EXPECT_NE(d.file.find("/InputDocs/"), std::string::npos) << d.file;
  }
  const Article* article = by_id(result, "InputDocs/2009-06-27/114.htm.txt");
  ASSERT_NE(article, nullptr);
  EXPECT_EQ(article->published.to_string(), "2009-06-27");
  EXPECT_EQ(article->outlet, "BBC");
  EXPECT_TRUE(article->sentence_per_line);
  EXPECT_NE(article->text.find("Michael Jackson"), std::string::npos);
  for (const auto& a : result.articles) {
    // Every id names the folder its date came from.
    EXPECT_EQ(a.id.substr(0, 21), "InputDocs/" + a.published.to_string() + "/") << a.id;
    EXPECT_FALSE(a.text.empty());
  }
}

TEST(DatasetLoaderSharedData, CrisisSpanish) {
  const auto root = shared_data() / "ml-crisis/es";
  if (!std::filesystem::exists(root)) GTEST_SKIP() << "shared benchmark data absent: " << root;
  const LoadResult result = load_articles({root.string()});
  EXPECT_EQ(result.articles.size(), 791u);
  EXPECT_EQ(result.diagnostics.error_count(), 0u);
  for (const auto& a : result.articles) {
    EXPECT_EQ(a.language, "es") << a.id;
    EXPECT_FALSE(a.sentence_per_line) << a.id;  // every es article has its raw .txt
  }
  EXPECT_NE(by_id(result, "egypt/2011-01-26/gv_30.txt"), nullptr);
}

}  // namespace
}  // namespace annals
