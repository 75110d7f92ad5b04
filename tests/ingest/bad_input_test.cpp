// Item 9: every kind of bad input is reported with file, line and reason,
// and the good records around it are still loaded.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using testing::TempDir;

constexpr const char* kGood1 = R"({"id": "good1", "date": "2011-01-01", "text": "First."})";
constexpr const char* kGood2 = R"({"id": "good2", "date": "2011-01-02", "text": "Second."})";

// Loads good1, `bad` and good2 as lines 1-3 of one file.
LoadResult load_between_good_lines(const TempDir& dir, const std::string& bad, std::string& file) {
  file = dir.write("input.jsonl", std::string(kGood1) + "\n" + bad + "\n" + kGood2 + "\n");
  return load_articles({file});
}

void expect_good_lines_kept(const LoadResult& result) {
  ASSERT_EQ(result.articles.size(), 2u);
  EXPECT_EQ(result.articles[0].id, "good1");
  EXPECT_EQ(result.articles[1].id, "good2");
}

void expect_only_diagnostic(const LoadResult& result, const std::string& file, std::size_t line,
                            const std::string& reason) {
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  const Diagnostic& d = result.diagnostics.all()[0];
  EXPECT_EQ(d.file, file);
  EXPECT_EQ(d.line, line);
  EXPECT_EQ(d.reason.substr(0, reason.size()), reason) << d.reason;
}

TEST(BadInput, MalformedJsonLine) {
  TempDir dir;
  std::string file;
  const auto result = load_between_good_lines(dir, R"({"id": "x", "date": "2011-01-01", "text": )", file);
  expect_good_lines_kept(result);
  expect_only_diagnostic(result, file, 2, "malformed JSON: ");
}

TEST(BadInput, JsonLineThatIsNotAnObject) {
  TempDir dir;
  std::string file;
  const auto result = load_between_good_lines(dir, "[1, 2]", file);
  expect_good_lines_kept(result);
  expect_only_diagnostic(result, file, 2, "expected a JSON object");
}

TEST(BadInput, UnknownDateFormat) {
  TempDir dir;
  std::string file;
  const auto result = load_between_good_lines(dir, R"({"date": "25/01/2011", "text": "x"})", file);
  expect_good_lines_kept(result);
  expect_only_diagnostic(result, file, 2, "unknown date format: \"25/01/2011\"");
}

TEST(BadInput, DateThatIsNotAStringOrIsHugeIsQuotedShort) {
  TempDir dir;
  std::string file;
  const auto numeric = load_between_good_lines(dir, R"({"date": 20110125, "text": "x"})", file);
  expect_good_lines_kept(numeric);
  expect_only_diagnostic(numeric, file, 2, "unknown date format: \"20110125\"");

  const std::string long_date(1000, '9');
  const auto huge = load_between_good_lines(dir, R"({"date": ")" + long_date + R"(", "text": "x"})", file);
  expect_good_lines_kept(huge);
  expect_only_diagnostic(huge, file, 2, "unknown date format: \"" + long_date.substr(0, 60) + "\"...");
}

TEST(BadInput, MissingDate) {
  TempDir dir;
  std::string file;
  const auto result = load_between_good_lines(dir, R"({"id": "x", "text": "x"})", file);
  expect_good_lines_kept(result);
  expect_only_diagnostic(result, file, 2, "missing date");
}

TEST(BadInput, EmptyText) {
  TempDir dir;
  std::string file;
  const auto result = load_between_good_lines(dir, R"({"date": "2011-01-01", "text": "  \n "})", file);
  expect_good_lines_kept(result);
  expect_only_diagnostic(result, file, 2, "empty text");
}

TEST(BadInput, MissingText) {
  TempDir dir;
  std::string file;
  const auto result = load_between_good_lines(dir, R"({"date": "2011-01-01", "title": "t"})", file);
  expect_good_lines_kept(result);
  expect_only_diagnostic(result, file, 2, "missing `text` field");
}

TEST(BadInput, InvalidUtf8IsRepairedWithAWarning) {
  TempDir dir;
  std::string file;
  // "caf\xE9" is Latin-1; \xC3 alone is a truncated sequence.
  const auto result =
      load_between_good_lines(dir, "{\"id\": \"bad\", \"date\": \"2011-01-01\", \"text\": \"caf\xE9 \xC3\"}", file);
  ASSERT_EQ(result.articles.size(), 3u);
  EXPECT_EQ(result.articles[1].text, "caf\xEF\xBF\xBD \xEF\xBF\xBD");
  expect_only_diagnostic(result, file, 2, "invalid UTF-8 replaced by U+FFFD");
  EXPECT_EQ(result.diagnostics.all()[0].severity, Diagnostic::Severity::kWarning);
}

TEST(BadInput, InvalidUtf8InADatasetFile) {
  TempDir dir;
  const auto file = dir.write("es/2011-01-01/gv_1.txt", "Espa\xF1" "a.\n");
  const LoadResult result = load_articles({(dir.path() / "es").string()});
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].text, "Espa\xEF\xBF\xBD" "a.\n");
  expect_only_diagnostic(result, file, 0, "invalid UTF-8 replaced by U+FFFD");
}

TEST(BadInput, BinaryFile) {
  TempDir dir;
  const auto binary = dir.write("image.jsonl", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const auto good = dir.write("good.jsonl", std::string(kGood1) + "\n");
  const LoadResult result = load_articles({binary, good});
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].id, "good1");
  expect_only_diagnostic(result, binary, 0, "binary file");
}

TEST(BadInput, BinaryFileOfUnknownType) {
  TempDir dir;
  const auto binary = dir.write("blob.bin", std::string("\0\1\2\3", 4));
  const LoadResult result = load_articles({binary});
  EXPECT_TRUE(result.articles.empty());
  expect_only_diagnostic(result, binary, 0, "binary file");
}

TEST(BadInput, HundredMegabyteLine) {
  TempDir dir;
  const auto file = (dir.path() / "huge.jsonl").string();
  {
    std::ofstream out(file, std::ios::binary);
    out << kGood1 << "\n" << R"({"date": "2011-01-01", "text": ")";
    const std::string block(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) out << block;
    out << "\"}\n" << kGood2 << "\n";
  }
  const LoadResult result = load_articles({file});
  expect_good_lines_kept(result);
  expect_only_diagnostic(result, file, 2, "line too long");
}

TEST(BadInput, MissingFile) {
  TempDir dir;
  const auto good = dir.write("good.jsonl", std::string(kGood1) + "\n");
  const auto missing = (dir.path() / "missing.jsonl").string();
  const LoadResult result = load_articles({missing, good});
  ASSERT_EQ(result.articles.size(), 1u);
  expect_only_diagnostic(result, missing, 0, "cannot open: ");
}

TEST(BadInput, UnreadableFile) {
  if (geteuid() == 0) GTEST_SKIP() << "running as root: chmod 000 does not block reading";
  TempDir dir;
  const auto locked = dir.write("locked.jsonl", std::string(kGood2) + "\n");
  const auto good = dir.write("good.jsonl", std::string(kGood1) + "\n");
  chmod(locked.c_str(), 0);
  const LoadResult result = load_articles({locked, good});
  ASSERT_EQ(result.articles.size(), 1u);
  expect_only_diagnostic(result, locked, 0, "cannot open: Permission denied");
}

TEST(BadInput, PathThroughAFileIsUnreadable) {
  // Works as root too: "file/x" cannot be opened because "file" is no folder.
  TempDir dir;
  const auto good = dir.write("good.jsonl", std::string(kGood1) + "\n");
  const auto through_file = good + "/x.jsonl";
  const LoadResult result = load_articles({through_file, good});
  ASSERT_EQ(result.articles.size(), 1u);
  expect_only_diagnostic(result, through_file, 0, "cannot open: Not a directory");
}

TEST(BadInput, FolderGivenAsJsonlFileIsWalked) {
  // Folders are always walked, even with a forced format: nothing is lost.
  TempDir dir;
  dir.write("in/a.jsonl", std::string(kGood1) + "\n");
  LoadOptions options;
  options.format = InputFormat::kJsonl;
  const LoadResult result = load_articles({(dir.path() / "in").string()}, options);
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_TRUE(result.diagnostics.all().empty());
}

TEST(BadInput, CorruptGzipIsAReadError) {
  TempDir dir;
  std::string compressed;
  {
    // Incompressible text, so that cutting the file in half cuts into line 2.
    std::string noise(200000, 'a');
    unsigned state = 12345;
    for (char& c : noise) c = static_cast<char>('a' + (state = state * 1103515245 + 12345) % 26);
    const auto file = dir.write_gzip(
        "tmp.gz", std::string(kGood1) + "\n" + R"({"date": "2011-01-02", "text": ")" + noise + "\"}\n");
    std::ifstream in(file, std::ios::binary);
    compressed.assign(std::istreambuf_iterator<char>(in), {});
  }
  compressed.resize(compressed.size() / 2);  // truncated mid-stream
  const auto file = dir.write("cut.jsonl.gz", compressed);
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 1u);
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  EXPECT_EQ(result.diagnostics.all()[0].file, file);
  EXPECT_NE(result.diagnostics.all()[0].reason.find("read error"), std::string::npos)
      << result.diagnostics.all()[0].reason;
}

}  // namespace
}  // namespace annals
