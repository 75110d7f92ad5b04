// Month and year entries (issue 10): every format writes only what the entry
// knows, tilse keeps its day-level first day, and text reads them back.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "annals/loader.h"
#include "../support/temp_dir.h"
#include "export_fixture.h"

namespace annals {
namespace {

// 1918 (a year entry), March 2011 (a month entry) and 2011-03-07 (a day).
Timeline coarse_fixture() {
  TimelineSentence flu{"The flu of 1918 killed millions.", "a/1", "Herald", "", "", "2009-04-30", 3, "en"};
  TimelineSentence march{"In March 2011 the protests spread.", "a/2", "Ledger", "", "", "2011-04-02", 1, "en"};
  TimelineSentence day{"On March 7 the army moved.", "a/3", "Herald", "", "", "2011-03-08", 0, "en"};
  Timeline timeline;
  timeline.entries.resize(3);
  timeline.entries[0] = {*Date::parse_iso("1918-01-01"), {flu}};
  timeline.entries[0].granularity = Granularity::kYear;
  timeline.entries[1] = {*Date::parse_iso("2011-03-01"), {march}};
  timeline.entries[1].granularity = Granularity::kMonth;
  timeline.entries[2] = {*Date::parse_iso("2011-03-07"), {day}};
  return timeline;
}

using testing::render;

TEST(GranularityTest, TextAndMarkdownShowTheYearOrMonthAlone) {
  EXPECT_EQ(render(coarse_fixture(), OutputFormat::kText),
            "date 1918\n\nThe flu of 1918 killed millions. — Herald\n\n"
            "date 2011-03\n\nIn March 2011 the protests spread. — Ledger\n\n"
            "date 2011-03-07\n\nOn March 7 the army moved. — Herald\n");
  const std::string markdown = render(coarse_fixture(), OutputFormat::kMarkdown);
  EXPECT_NE(markdown.find("\n## 1918\n"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("\n## 2011-03\n"), std::string::npos) << markdown;
  EXPECT_EQ(markdown.find("2011-03-01"), std::string::npos) << markdown;
}

TEST(GranularityTest, JsonSaysTheGranularityOfEveryEntry) {
  const nlohmann::json doc = nlohmann::json::parse(render(coarse_fixture(), OutputFormat::kJson));
  EXPECT_EQ(doc["schema_version"], 2);
  const nlohmann::json& entries = doc["timeline"];
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0]["date"], "1918");
  EXPECT_EQ(entries[0]["granularity"], "year");
  EXPECT_EQ(entries[1]["date"], "2011-03");
  EXPECT_EQ(entries[1]["granularity"], "month");
  EXPECT_EQ(entries[2]["date"], "2011-03-07");
  EXPECT_EQ(entries[2]["granularity"], "day");
}

TEST(GranularityTest, CsvDatesSayOnlyWhatIsKnown) {
  const std::string csv = render(coarse_fixture(), OutputFormat::kCsv);
  EXPECT_NE(csv.find("\r\n1918,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n2011-03,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n2011-03-07,"), std::string::npos) << csv;
}

TEST(GranularityTest, TimelineJsGetsOnlyTheFieldsTheEntryKnows) {
  const nlohmann::json doc = nlohmann::json::parse(render(coarse_fixture(), OutputFormat::kTimelineJs));
  const nlohmann::json& events = doc["events"];
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0]["start_date"], nlohmann::json({{"year", 1918}}));
  EXPECT_EQ(events[1]["start_date"], nlohmann::json({{"year", 2011}, {"month", 3}}));
  EXPECT_EQ(events[2]["start_date"], nlohmann::json({{"year", 2011}, {"month", 3}, {"day", 7}}));
  EXPECT_EQ(doc["title"]["text"]["text"], "3 dates, 1918 to 2011-03-07");
}

TEST(GranularityTest, TilseIsDayLevelAndKeepsTheFirstDay) {
  const std::string dashes(32, '-');
  EXPECT_EQ(render(coarse_fixture(), OutputFormat::kTilse),
            "1918-01-01\nThe flu of 1918 killed millions.\n" + dashes + "\n2011-03-01\nIn March 2011 the protests spread.\n" +
                dashes + "\n2011-03-07\nOn March 7 the army moved.\n" + dashes + "\n");
}

TEST(GranularityTest, TextWithMonthAndYearEntriesReadsBackOnTheirFirstDays) {
  testing::TempDir dir;
  const std::string file = dir.write("digest.txt", render(coarse_fixture(), OutputFormat::kText));
  LoadResult read = load_articles({file});
  EXPECT_FALSE(read.diagnostics.has_errors());
  ASSERT_EQ(read.articles.size(), 3u);
  EXPECT_EQ(read.articles[0].published, *Date::parse_iso("1918-01-01"));
  EXPECT_EQ(read.articles[0].text, "The flu of 1918 killed millions.");
  EXPECT_EQ(read.articles[0].outlet, "Herald");
  EXPECT_EQ(read.articles[1].published, *Date::parse_iso("2011-03-01"));
  EXPECT_EQ(read.articles[1].text, "In March 2011 the protests spread.");
  EXPECT_EQ(read.articles[2].published, *Date::parse_iso("2011-03-07"));
}

TEST(GranularityTest, TextReaderReportsImpossibleMonths) {
  testing::TempDir dir;
  const std::string file = dir.write("digest.txt", "date 2011-03\n\nFine.\n\ndate 2011-13\n\nLost.\n");
  LoadResult read = load_articles({file});
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].text, "Fine.");
  // The date line, and the paragraph left without a date.
  EXPECT_EQ(read.diagnostics.error_count(), 2u);
}

}  // namespace
}  // namespace annals
