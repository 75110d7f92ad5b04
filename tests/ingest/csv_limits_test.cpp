// Items 5 and 6 of the hardening issue: CSV records cost bounded memory, and
// an over-long quoted record is skipped to its real end and reported once.
#include <gtest/gtest.h>

#include <fstream>

#include "annals/loader.h"
#include "ingest/csv_record.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using ingest::CsvRecord;
using testing::TempDir;

TEST(CsvRecordLimits, TooManyFieldsOverflowsAndFreesTheFields) {
  CsvRecord record(1 << 20);
  EXPECT_TRUE(record.feed(std::string(CsvRecord::kMaxFields - 1, ',')));
  EXPECT_EQ(record.overflow(), CsvRecord::Overflow::kNone);
  EXPECT_EQ(record.fields().size(), CsvRecord::kMaxFields);
  record.clear();
  EXPECT_TRUE(record.feed(std::string(CsvRecord::kMaxFields, ',')));
  EXPECT_EQ(record.overflow(), CsvRecord::Overflow::kTooManyFields);
  EXPECT_TRUE(record.fields().empty());
}

TEST(CsvRecordLimits, OverLongQuotedFieldIsFollowedToItsEnd) {
  CsvRecord record(20);
  EXPECT_FALSE(record.feed("2011-01-01,\"long"));
  EXPECT_FALSE(record.feed("2011-01-02,forged inside the field"));  // over 20 bytes now
  EXPECT_EQ(record.overflow(), CsvRecord::Overflow::kTooLong);
  EXPECT_FALSE(record.feed("a \"\"quoted\"\" word"));
  EXPECT_TRUE(record.feed("end\",title"));
  record.clear();
  EXPECT_TRUE(record.feed("2011-01-03,next"));
  EXPECT_EQ(record.fields(), (std::vector<std::string>{"2011-01-03", "next"}));
}

TEST(CsvRecordLimits, UnreadLinesCountByTheirQuotes) {
  CsvRecord record(100);
  EXPECT_FALSE(record.feed("2011-01-01,\"starts"));
  EXPECT_FALSE(record.feed_unread(4));  // ""..."": still inside the field
  EXPECT_TRUE(record.feed_unread(1));   // closes it
  EXPECT_EQ(record.overflow(), CsvRecord::Overflow::kTooLong);
}

TEST(CsvLimits, LineOfCommasIsRejectedWithAReason) {
  TempDir dir;
  const auto file = dir.write("commas.csv", "date,text\n" + std::string(5'000'000, ',') + "\n2011-01-01,kept\n");
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].text, "kept");
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  EXPECT_EQ(result.diagnostics.all()[0].line, 2u);
  EXPECT_EQ(result.diagnostics.all()[0].reason, "record has over 4096 fields, skipped");
}

// A CSV whose second record has a quoted text of about 65 MiB over many
// lines (or, with `one_line`, on one line), holding a line that looks like
// a record; a good record follows.
std::string write_long_quoted(const TempDir& dir, bool one_line) {
  const auto file = (dir.path() / (one_line ? "line.csv" : "lines.csv")).string();
  std::ofstream out(file, std::ios::binary);
  out << "date,text\n2011-01-01,first\n2011-01-02,\"starts here\n2011-01-09,forged\n";
  const std::string block(1 << 20, 'x');
  for (int i = 0; i < 65; ++i) out << block << (one_line ? "\"\"" : "\n");
  out << "ends here\"\n2011-01-03,last\n";
  return file;
}

TEST(CsvLimits, OverLongQuotedRecordIsSkippedToItsEndAndReportedOnce) {
  TempDir dir;
  for (bool one_line : {false, true}) {
    const auto file = write_long_quoted(dir, one_line);
    const LoadResult result = load_articles({file});
    ASSERT_EQ(result.articles.size(), 2u) << one_line;
    EXPECT_EQ(result.articles[0].text, "first");
    EXPECT_EQ(result.articles[1].text, "last");
    EXPECT_EQ(result.articles[1].source_line, one_line ? 6u : 71u);
    ASSERT_EQ(result.diagnostics.all().size(), 1u) << result.diagnostics.all()[1].to_string();
    EXPECT_EQ(result.diagnostics.all()[0].line, 3u);
    EXPECT_EQ(result.diagnostics.all()[0].reason, "record too long (over 64 MiB), skipped");
  }
}

TEST(CsvLimits, OverLongHeaderSkipsTheFileOnce) {
  TempDir dir;
  const auto file = dir.write("header.csv", std::string(5000, ',') + "\n2011-01-01,x\n");
  LoadOptions options;
  options.format = InputFormat::kCsv;
  const LoadResult result = load_articles({file}, options);
  EXPECT_TRUE(result.articles.empty());
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  EXPECT_EQ(result.diagnostics.all()[0].reason, "CSV header has over 4096 fields; file skipped");
}

}  // namespace
}  // namespace annals
