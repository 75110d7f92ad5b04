// Item 4 of the hardening issue: what a folder walk leaves out is said, in
// notes that --quiet keeps, and impossible date folders get a clear reason.
#include <gtest/gtest.h>

#include <filesystem>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using testing::notes;
using testing::problems;
using testing::TempDir;

TEST(FolderWalk, SkipsByDesignAreSummedUpOnePerReason) {
  TempDir dir;
  dir.write("in/a.jsonl", R"({"date": "2011-01-01", "text": "kept"})" "\n");
  dir.write("in/.hidden.jsonl", R"({"date": "2011-01-01", "text": "hidden"})" "\n");
  dir.write("in/.git/x.jsonl", R"({"date": "2011-01-01", "text": "hidden"})" "\n");
  dir.write("in/timelines/t.txt", "2011-01-01\nx\n");
  dir.write("elsewhere/b.jsonl", R"({"date": "2011-01-02", "text": "linked"})" "\n");
  std::filesystem::create_directory_symlink(dir.path() / "elsewhere", dir.path() / "in/link");
  const std::string root = (dir.path() / "in").string();
  const LoadResult result = load_articles({root});
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_TRUE(problems(result).empty());
  EXPECT_EQ(notes(result, root),
            (std::vector<std::string>{
                "/.git: note: skipped: hidden file or folder (name starts with '.') (and 1 more like this)",
                "/link: note: skipped: symbolic link to a folder (not followed; name the target to read it)",
                "/timelines: note: skipped: folder of annotations or reference timelines, not articles"}));
}

TEST(FolderWalk, UnknownFilesInAFolderAreWarnedAndSummedUp) {
  TempDir dir;
  dir.write("in/a.md", "# notes\n");
  dir.write("in/b.md", "# more\n");
  const std::string root = (dir.path() / "in").string();
  const LoadResult result = load_articles({root});
  EXPECT_EQ(problems(result).size(), 2u);
  EXPECT_EQ(notes(result, root),
            (std::vector<std::string>{"/a.md: note: skipped: files found in folders whose format is unknown or "
                                      "that are no text (and 1 more like this)"}));
}

// A mistyped or empty input gives nothing: said, though nothing was wrong.
TEST(FolderWalk, AFolderWithoutArticleFilesOrANamedFileWithoutArticlesIsWarned) {
  TempDir dir;
  dir.write("in/a.jsonl", R"({"date": "2011-01-01", "text": "kept"})" "\n");
  dir.write("empty/.hidden.jsonl", R"({"date": "2011-01-01", "text": "hidden"})" "\n");
  dir.write("nothing.jsonl", "");
  const std::string empty = (dir.path() / "empty").string(), nothing = (dir.path() / "nothing.jsonl").string();
  const LoadResult result = load_articles({(dir.path() / "in").string(), empty, nothing});
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_FALSE(result.diagnostics.has_errors());
  const auto warned = problems(result);
  ASSERT_EQ(warned.size(), 2u);
  EXPECT_EQ(warned[0].to_string(), empty + ": warning: no article files in this folder");
  EXPECT_EQ(warned[1].to_string(), nothing + ": warning: no articles in this file");
}

TEST(FolderWalk, ImpossibleDateFolderIsNamed) {
  TempDir dir;
  dir.write("T_bbc/InputDocs/2024-02-29/1.htm.txt", "Leap day .\n");
  const auto bad = dir.write("T_bbc/InputDocs/2024-02-30/2.htm.txt", "No such day .\n");
  const LoadResult result = load_articles({(dir.path() / "T_bbc").string()});
  ASSERT_EQ(result.articles.size(), 1u);
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  const Diagnostic& d = result.diagnostics.all()[0];
  EXPECT_EQ(d.file, bad);
  EXPECT_EQ(d.severity, Diagnostic::Severity::kError);
  EXPECT_EQ(d.reason, "folder name \"2024-02-30\" is no calendar day, so the article has no date; skipped");
}

}  // namespace
}  // namespace annals
