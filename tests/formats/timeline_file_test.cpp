#include "annals/eval/timeline_file.h"

#include <gtest/gtest.h>

#include <random>

#include "formats/python_text.h"

namespace annals::eval {
namespace {

const std::string kSep = "--------------------------------\n";

Date day(int y, int m, int d) { return *Date::from_ymd(y, m, d); }

using Sentences = std::vector<std::string>;

TEST(TimelineFile, ParsesBlocksAndStripsSentences) {
  TimelineParse parse =
      parse_tilse_timeline("2010-09-19\n  The well is sealed .  \nBP says so .\n" + kSep + "2010-09-17\nCement .\n" + kSep);
  EXPECT_TRUE(parse.warnings.empty());
  ASSERT_EQ(parse.timeline.dates.size(), 2u);
  EXPECT_EQ(parse.timeline.dates.at(day(2010, 9, 19)), (Sentences{"The well is sealed .", "BP says so ."}));
  EXPECT_EQ(parse.timeline.dates.at(day(2010, 9, 17)), (Sentences{"Cement ."}));
}

TEST(TimelineFile, AcceptsWhatStrptimeAccepts) {
  TimelineParse parse = parse_tilse_timeline("2010-1-5\na\n" + kSep + "2010-02- 7\nb\n" + kSep +
                                             "2010-02-30\nc\n" + kSep + "2010-13-01\n" + kSep);
  ASSERT_EQ(parse.timeline.dates.size(), 2u);
  EXPECT_EQ(parse.timeline.dates.at(day(2010, 1, 5)), (Sentences{"a"}));
  EXPECT_EQ(parse.timeline.dates.at(day(2010, 2, 7)), (Sentences{"b"}));
  // 2010-02-30 is no calendar day and 2010-13-01 no month: both are text,
  // so their blocks have no date.
  EXPECT_EQ(parse.warnings.size(), 2u);
}

TEST(TimelineFile, DateLineInsideBlockChangesTheDate) {
  TimelineParse parse = parse_tilse_timeline("2010-01-01\nfirst\n2010-01-02\nsecond\n" + kSep);
  ASSERT_EQ(parse.timeline.dates.size(), 1u);
  EXPECT_EQ(parse.timeline.dates.at(day(2010, 1, 2)), (Sentences{"first", "second"}));
}

TEST(TimelineFile, BlankLinesAndEmptyBlocks) {
  TimelineParse parse = parse_tilse_timeline("2010-01-01\n\na\n\nb\n\n" + kSep + "2010-01-02\n" + kSep);
  EXPECT_EQ(parse.timeline.dates.at(day(2010, 1, 1)), (Sentences{"a", "", "b"}));
  EXPECT_EQ(parse.timeline.dates.at(day(2010, 1, 2)), (Sentences{""}));
}

TEST(TimelineFile, WarnsWhereTilseLosesDataOrCrashes) {
  TimelineParse parse = parse_tilse_timeline("orphan\n" + kSep + "2010-01-01\nold\n" + kSep +
                                             "2010-01-01\nnew\n" + kSep + "2010-01-03\nunterminated\n");
  ASSERT_EQ(parse.timeline.dates.size(), 1u);
  EXPECT_EQ(parse.timeline.dates.at(day(2010, 1, 1)), (Sentences{"new"}));
  ASSERT_EQ(parse.warnings.size(), 3u);
  EXPECT_NE(parse.warnings[0].find("line 2"), std::string::npos);
  EXPECT_NE(parse.warnings[0].find("without a date"), std::string::npos);
  EXPECT_NE(parse.warnings[1].find("repeated"), std::string::npos);
  EXPECT_NE(parse.warnings[2].find("no closing separator"), std::string::npos);
}

TEST(TimelineFile, HandlesCrLfUnicodeWhitespaceAndInvalidUtf8) {
  TimelineParse parse =
      parse_tilse_timeline("\xE3\x80\x80" "2010-01-01\r\ncaf\xE9 \r\n--------------------------------\r\n");
  EXPECT_TRUE(parse.warnings.empty());
  EXPECT_EQ(parse.timeline.dates.at(day(2010, 1, 1)), (Sentences{"caf\xEF\xBF\xBD"}));
}

TEST(TimelineFile, WriterRoundTrips) {
  TextTimeline timeline;
  timeline.dates[day(2011, 2, 11)] = {"Mubarak resigns .", "Crowds celebrate ."};
  timeline.dates[day(2011, 1, 25)] = {"Protests begin ."};
  std::string text = to_tilse_text(timeline);
  EXPECT_EQ(text, "2011-01-25\nProtests begin .\n" + kSep + "2011-02-11\nMubarak resigns .\nCrowds celebrate .\n" + kSep);
  TimelineParse parse = parse_tilse_timeline(text);
  EXPECT_TRUE(parse.warnings.empty());
  EXPECT_EQ(parse.timeline.dates, timeline.dates);
}

// Arbitrary bytes never crash the parser, and what it keeps is valid UTF-8.
TEST(TimelineFile, SurvivesArbitraryBytes) {
  const std::string pieces[] = {"2011-02-03", "2011-2-3", kSep, "\n", "\r", "-", "x", " ", "\xC3", "\xA9",
                                "\xE2\x80\xA8", "\xFF", "\x0B", "9999-12-31", "0000-01-01"};
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int n = rng() % 40; n > 0; --n) text += pieces[rng() % std::size(pieces)];
    TimelineParse parse = parse_tilse_timeline(text);
    for (const auto& [date, sentences] : parse.timeline.dates)
      for (const std::string& s : sentences) EXPECT_EQ(decode_utf8_replace(s), s) << text;
  }
}

TEST(TimelineFile, ReadingAMissingFileThrows) {
  EXPECT_THROW(read_tilse_timeline("/nonexistent/annals/timeline.txt"), std::runtime_error);
}

}  // namespace
}  // namespace annals::eval
