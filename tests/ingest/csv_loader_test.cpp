#include <gtest/gtest.h>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using testing::TempDir;
using testing::find_diagnostic;

TEST(CsvLoader, ReadsQuotedAndMultiLineFields) {
  TempDir dir;
  const auto file = dir.write("news.csv",
                              "date,text,title,url,source\r\n"
                              "2011-02-11,\"Mubarak resigns, crowds cheer.\",Egypt,http://x/1,bbc\r\n"
                              "2011-02-12,\"First line.\n\nSecond \"\"quoted\"\" line.\",,,\r\n");
  const LoadResult result = load_articles({file});
  EXPECT_TRUE(result.diagnostics.all().empty());
  ASSERT_EQ(result.articles.size(), 2u);
  EXPECT_EQ(result.articles[0].text, "Mubarak resigns, crowds cheer.");
  EXPECT_EQ(result.articles[0].title, "Egypt");
  EXPECT_EQ(result.articles[0].url, "http://x/1");
  EXPECT_EQ(result.articles[0].outlet, "bbc");
  EXPECT_EQ(result.articles[0].id, file + ":2");
  EXPECT_EQ(result.articles[1].text, "First line.\n\nSecond \"quoted\" line.");
  EXPECT_EQ(result.articles[1].published.to_string(), "2011-02-12");
  EXPECT_EQ(result.articles[1].source_line, 3u);
}

TEST(CsvLoader, ColumnsMayComeInAnyOrder) {
  TempDir dir;
  const auto file = dir.write("n.csv", "Text,Date\nhello,2011-02-11\n");
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].text, "hello");
  EXPECT_EQ(result.articles[0].published.to_string(), "2011-02-11");
}

TEST(CsvLoader, ReportsBadRecordsAndKeepsTheRest) {
  TempDir dir;
  const auto file = dir.write("n.csv",
                              "date,text\n"
                              "2011-02-11,one,extra\n"
                              "11/02/2011,two\n"
                              "2011-02-13,three\n"
                              "2011-02-14,\"never closed\n");
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].text, "three");

  const auto* fields = find_diagnostic(result, "expected 2 fields, found 3");
  ASSERT_NE(fields, nullptr);
  EXPECT_EQ(fields->file, file);
  EXPECT_EQ(fields->line, 2u);
  const auto* date = find_diagnostic(result, "unknown date format: \"11/02/2011\"");
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->line, 3u);
  const auto* open = find_diagnostic(result, "unterminated quoted field");
  ASSERT_NE(open, nullptr);
  EXPECT_EQ(open->line, 5u);
}

TEST(CsvLoader, HeaderWithoutTextColumnRejectsTheFile) {
  TempDir dir;
  const auto file = dir.write("n.csv", "date,body\n2011-02-11,one\n");
  const LoadResult result = load_articles({file});
  EXPECT_TRUE(result.articles.empty());
  const auto* header = find_diagnostic(result, "CSV header has no `text` column");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->line, 1u);
}

}  // namespace
}  // namespace annals
