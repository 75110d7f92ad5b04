#include "annals/writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "export_fixture.h"

namespace annals {
namespace {

// Two dates; the first with two sentences from different outlets.
Timeline make_fixture() {
  TimelineSentence dam{"The dam failed.", "courier/1", "Valley Courier", "https://courier.example/1", "Dam fails",
                       "2025-03-03T06:10:00+01:00", 0, "en"};
  TimelineSentence villages{"Villages were evacuated.", "wire/7", "", "", "", "2025-03-03", 0, "en"};
  TimelineSentence inquiry{"An *inquiry* opened [officially].", "post/2", "National Post", "", "", "2025-03-09", 0, "en"};
  Timeline timeline;
  timeline.entries = {{*Date::parse_iso("2025-03-03"), {dam, villages}}, {*Date::parse_iso("2025-03-09"), {inquiry}}};
  return timeline;
}

using testing::render;

TEST(WriterTest, TextHasDateLinesAndSentenceParagraphs) {
  EXPECT_EQ(render(make_fixture(), OutputFormat::kText),
            "date 2025-03-03\n\nThe dam failed.\n\nVillages were evacuated.\n\n"
            "date 2025-03-09\n\nAn *inquiry* opened [officially].\n");
}

TEST(WriterTest, TilseHasDashLinesOf32) {
  EXPECT_EQ(render(make_fixture(), OutputFormat::kTilse),
            "2025-03-03\nThe dam failed.\nVillages were evacuated.\n" + std::string(32, '-') +
                "\n2025-03-09\nAn *inquiry* opened [officially].\n" + std::string(32, '-') + "\n");
}

TEST(WriterTest, JsonCarriesProvenanceAndNullsForUnknowns) {
  auto doc = nlohmann::json::parse(render(make_fixture(), OutputFormat::kJson));
  EXPECT_EQ(doc["schema_version"], 1);
  ASSERT_EQ(doc["timeline"].size(), 2u);
  const auto& first = doc["timeline"][0];
  EXPECT_EQ(first["date"], "2025-03-03");
  ASSERT_EQ(first["sentences"].size(), 2u);
  const auto& s0 = first["sentences"][0];
  EXPECT_EQ(s0["text"], "The dam failed.");
  EXPECT_EQ(s0["article"], "courier/1");
  EXPECT_EQ(s0["outlet"], "Valley Courier");
  EXPECT_EQ(s0["url"], "https://courier.example/1");
  EXPECT_EQ(s0["title"], "Dam fails");
  EXPECT_EQ(s0["published"], "2025-03-03T06:10:00+01:00");
  EXPECT_EQ(s0["position"], 0);
  const auto& s1 = first["sentences"][1];
  EXPECT_EQ(s1["article"], "wire/7");
  EXPECT_TRUE(s1["outlet"].is_null());
  EXPECT_TRUE(s1["url"].is_null());
  EXPECT_TRUE(s1["title"].is_null());
  EXPECT_EQ(s1["published"], "2025-03-03");
}

TEST(WriterTest, MarkdownEscapesMarkupAndLinksSources) {
  EXPECT_EQ(render(make_fixture(), OutputFormat::kMarkdown),
            "# Timeline\n\n## 2025-03-03\n\n"
            "- The dam failed. — *Valley Courier* ([link](<https://courier.example/1>))\n"
            "- Villages were evacuated. — *wire/7*\n\n"
            "## 2025-03-09\n\n- An \\*inquiry\\* opened \\[officially\\]. — *National Post*\n");
}

TEST(WriterTest, ParsesFormatNames) {
  OutputFormat f;
  EXPECT_TRUE(parse_output_format("md", f));
  EXPECT_EQ(f, OutputFormat::kMarkdown);
  EXPECT_TRUE(parse_output_format("tilse", f));
  EXPECT_EQ(f, OutputFormat::kTilse);
  EXPECT_FALSE(parse_output_format("xml", f));
}

TEST(WriterTest, EmptyTimelineWritesValidJson) {
  Timeline f = make_fixture();
  f.entries.clear();
  auto doc = nlohmann::json::parse(render(f, OutputFormat::kJson));
  EXPECT_TRUE(doc["timeline"].empty());
  EXPECT_EQ(render(f, OutputFormat::kText), "");
}

}  // namespace
}  // namespace annals
