#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "export_fixture.h"

namespace annals {
namespace {

using testing::render;
using Rows = std::vector<std::vector<std::string>>;

// A small RFC 4180 reader, independent of the writer: quoted fields may hold
// commas, doubled quotes and line breaks; records end with CRLF.
Rows parse_csv(const std::string& text) {
  Rows rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (c != '"') field += c;
      else if (i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
      else quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      field += c;
    }
  }
  EXPECT_FALSE(quoted) << "unterminated quoted field";
  EXPECT_EQ(rows.back(), std::vector<std::string>(1)) << "the last record must end with CRLF";
  rows.pop_back();
  return rows;
}

TEST(CsvWriterTest, PlainTimelineHasHeaderAndOneCrlfRowPerSentence) {
  EXPECT_EQ(render(testing::plain_timeline(), OutputFormat::kCsv),
            "date,headline,sentence,outlet,url,article\r\n"
            "2025-03-03,Dam holds,The dam held overnight.,Valley Courier,https://courier.example/1,courier/1\r\n"
            "2025-03-03,Dam holds,Two roads reopened.,Orme Wire,http://wire.example/7,wire/7\r\n"
            "2025-03-09,,An inquiry opened.,,,post/2\r\n");
}

TEST(CsvWriterTest, QuotesCommasQuotesAndLineBreaks) {
  std::string csv = render(testing::hostile_timeline(), OutputFormat::kCsv);
  EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"x\"\"),\r\nsaid the clerk\","), std::string::npos) << csv;
  EXPECT_NE(csv.find(",\"https://courier.example/a?x=1&y=\"\"2\"\"\","), std::string::npos) << csv;
}

TEST(CsvWriterTest, HostileTextRoundTripsWithFormulaStartersNeutralised) {
  Rows rows = parse_csv(render(testing::hostile_timeline(), OutputFormat::kCsv));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"date", "headline", "sentence", "outlet", "url", "article"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"2025-03-03", "\"><img src=x onerror=alert(1)>",
                                               "Officials said <script>alert(1)</script> twice.", "Courier & Sons",
                                               "https://courier.example/a?x=1&y=\"2\"", "a&b/1"}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"2025-03-03", "\"><img src=x onerror=alert(1)>",
                                               "It ended </script><!-- there\xE2\x80\xA8" "and \xE2\x80\xA9" "here.", "",
                                               "javascript:alert(1)", "wire/7"}));
  // "=", "-" and "@" open formulas in spreadsheets: each such field gains a "'".
  EXPECT_EQ(rows[3], (std::vector<std::string>{"2025-03-09", "'@once", "'=HYPERLINK(\"x\"),\r\nsaid the clerk",
                                               "'-Post", " javascript:alert(1)", "post/2"}));
}

TEST(CsvWriterTest, TabAndCarriageReturnStartersAndPlusAreNeutralisedToo) {
  Timeline timeline = testing::plain_timeline();
  timeline.entries.resize(1);
  timeline.entries[0].sentences = {{"\tcmd", "+1", "\rx", "", "", "2025-03-03", 0, "en"}};
  Rows rows = parse_csv(render(timeline, OutputFormat::kCsv));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1], (std::vector<std::string>{"2025-03-03", "", "'\tcmd", "'\rx", "", "'+1"}));
}

TEST(CsvWriterTest, EmptyTimelineIsTheHeaderAlone) {
  EXPECT_EQ(render(Timeline{}, OutputFormat::kCsv), "date,headline,sentence,outlet,url,article\r\n");
}

}  // namespace
}  // namespace annals
