#include "annals/writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "annals/loader.h"
#include "../support/temp_dir.h"

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

// The fixture with the dam sentence carried by two more outlets (one twice),
// a headline and sources for its first date.
Timeline syndicated_fixture() {
  Timeline timeline = make_fixture();
  TimelineEntry& first = timeline.entries[0];
  first.sentences[0].also_reported_by = {{"Lowford Gazette", "gazette/4", "https://gazette.example/4"},
                                         {"Valley Courier", "courier/2", ""},
                                         {"", "feed/9", ""},
                                         {"The National Ledger", "ledger/1", ""},
                                         {"Lowford Gazette", "gazette/5", ""}};
  first.headline = "Dam fails";
  first.sources = {{"Valley Courier", 3}, {"", 1}};
  first.articles = 4;
  return timeline;
}

using testing::render;

TEST(WriterTest, TextEndsEachSentenceWithItsOutlet) {
  EXPECT_EQ(render(make_fixture(), OutputFormat::kText),
            "date 2025-03-03\n\nThe dam failed. — Valley Courier\n\nVillages were evacuated.\n\n"
            "date 2025-03-09\n\nAn *inquiry* opened [officially]. — National Post\n");
}

TEST(WriterTest, TextWithoutSourcesHasDateLinesAndSentenceParagraphs) {
  WriterOptions plain;
  plain.sources = false;
  EXPECT_EQ(render(syndicated_fixture(), OutputFormat::kText, plain),
            "date 2025-03-03\n\nThe dam failed.\n\nVillages were evacuated.\n\n"
            "date 2025-03-09\n\nAn *inquiry* opened [officially].\n");
}

TEST(WriterTest, TextListsOtherOutletsOnceEachWithoutItsOwnOrUnknowns) {
  const std::string text = render(syndicated_fixture(), OutputFormat::kText);
  EXPECT_NE(text.find("\nThe dam failed. — Valley Courier (also: Lowford Gazette, The National Ledger)\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("headline"), std::string::npos);  // headlines stay out of text output
}

TEST(WriterTest, TextEscapesWhatWouldReadAsAnAttribution) {
  Timeline timeline = make_fixture();
  timeline.entries.resize(1);
  timeline.entries[0].sentences = {{"Rain fell — heavily (also: hail)", "a", "", "", "", "2025-03-03", 0, "en"}};
  EXPECT_EQ(render(timeline, OutputFormat::kText), "date 2025-03-03\n\nRain fell \\— heavily \\(also: hail)\n");
}

// Sentences that end as an attribution would, or hold the escape itself.
const std::vector<std::string> kTrickySentences = {
    "The dam failed — Reuters",        "Rain fell (also: hail)", "a \\— b \\\\— c",
    "Ends with a dash —",              "— Starts with one",      "Two — dashes — here (also: x, y)",
    "Plain \\ backslash (also:no space)",
};

// Writes the sentences as text output, with or without sources, and reads them back.
std::vector<Article> round_trip(const WriterOptions& options) {
  Timeline timeline;
  TimelineEntry& entry = timeline.entries.emplace_back();
  entry.date = *Date::parse_iso("2025-03-06");
  for (const std::string& text : kTrickySentences)
    entry.sentences.push_back({text, "a", "Valley Courier", "", "", "2025-03-06", 0, "en", {{"Herald", "b", ""}}});
  testing::TempDir dir;
  const std::string file = dir.write("digest.txt", render(timeline, OutputFormat::kText, options));
  return load_articles({file}).articles;
}

TEST(WriterTest, TextReadsBackAsTheSameSentencesWithAndWithoutSources) {
  for (bool sources : {true, false}) {
    WriterOptions options;
    options.sources = sources;
    const std::vector<Article> read = round_trip(options);
    ASSERT_EQ(read.size(), kTrickySentences.size());
    for (std::size_t i = 0; i < read.size(); ++i) {
      EXPECT_EQ(read[i].text, kTrickySentences[i]) << "sources " << sources;
      EXPECT_EQ(read[i].outlet, sources ? "Valley Courier" : "");
    }
  }
}

TEST(WriterTest, TilseHasDashLinesOf32) {
  EXPECT_EQ(render(make_fixture(), OutputFormat::kTilse),
            "2025-03-03\nThe dam failed.\nVillages were evacuated.\n" + std::string(32, '-') +
                "\n2025-03-09\nAn *inquiry* opened [officially].\n" + std::string(32, '-') + "\n");
}

TEST(WriterTest, JsonCarriesProvenanceAndNullsForUnknowns) {
  auto doc = nlohmann::json::parse(render(make_fixture(), OutputFormat::kJson));
  EXPECT_EQ(doc["schema_version"], 2);
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
  EXPECT_TRUE(s1["also_reported_by"].is_array());
  EXPECT_TRUE(s1["also_reported_by"].empty());
  EXPECT_TRUE(first["headline"].is_null());
  EXPECT_TRUE(first["sources"].empty());
  EXPECT_EQ(first["articles"], 0);
}

TEST(WriterTest, JsonHasHeadlineSourcesAndWhereElseASentenceAppeared) {
  auto doc = nlohmann::json::parse(render(syndicated_fixture(), OutputFormat::kJson));
  const auto& first = doc["timeline"][0];
  EXPECT_EQ(first["headline"], "Dam fails");
  EXPECT_EQ(first["articles"], 4);
  ASSERT_EQ(first["sources"].size(), 2u);
  EXPECT_EQ(first["sources"][0]["outlet"], "Valley Courier");
  EXPECT_EQ(first["sources"][0]["articles"], 3);
  EXPECT_TRUE(first["sources"][1]["outlet"].is_null());
  const auto& also = first["sentences"][0]["also_reported_by"];
  ASSERT_EQ(also.size(), 5u);
  EXPECT_EQ(also[0]["outlet"], "Lowford Gazette");
  EXPECT_EQ(also[0]["article"], "gazette/4");
  EXPECT_EQ(also[0]["url"], "https://gazette.example/4");
  EXPECT_TRUE(also[1]["url"].is_null());
  EXPECT_TRUE(also[2]["outlet"].is_null());
}

TEST(WriterTest, JsonSaysWhatTheCorpusLeftOutAndMerged) {
  Timeline timeline = make_fixture();
  EXPECT_EQ(nlohmann::json::parse(render(timeline, OutputFormat::kJson))["boilerplate_left_out"]["sentences"], 0);
  timeline.boilerplate = {.articles = 3, .sentences = 7};
  timeline.story_copies = 4;
  timeline.stories_with_copies = 2;
  timeline.copies_merged = true;
  const auto doc = nlohmann::json::parse(render(timeline, OutputFormat::kJson));
  EXPECT_EQ(doc["boilerplate_left_out"]["sentences"], 7);
  EXPECT_EQ(doc["boilerplate_left_out"]["articles"], 3);
  EXPECT_EQ(doc["story_copies"]["copies"], 4);
  EXPECT_EQ(doc["story_copies"]["stories"], 2);
  EXPECT_EQ(doc["story_copies"]["merged"], true);
}

TEST(WriterTest, MarkdownHasTheHeadlineUnderTheDateAndOtherOutlets) {
  const std::string md = render(syndicated_fixture(), OutputFormat::kMarkdown);
  EXPECT_NE(md.find("## 2025-03-03\n\n### Dam fails\n\n- The dam failed. — *Valley Courier* "
                    "([link](<https://courier.example/1>)) (also: Lowford Gazette, The National Ledger)\n"),
            std::string::npos)
      << md;
}

// A headline cut from the first sentence (no title reported the day) would
// repeat the line under it.
TEST(WriterTest, MarkdownHasNoHeadingThatRepeatsTheFirstSentence) {
  Timeline timeline = syndicated_fixture();
  timeline.entries[0].headline = "The dam";
  EXPECT_EQ(render(timeline, OutputFormat::kMarkdown).find("###"), std::string::npos);
  timeline.entries[0].headline = "The dam\xE2\x80\xA6";
  EXPECT_EQ(render(timeline, OutputFormat::kMarkdown).find("###"), std::string::npos);
  timeline.entries[0].headline = "Dam fails";
  EXPECT_NE(render(timeline, OutputFormat::kMarkdown).find("### Dam fails\n"), std::string::npos);
}

TEST(WriterTest, MarkdownEscapesMarkupAndLinksSources) {
  EXPECT_EQ(render(make_fixture(), OutputFormat::kMarkdown),
            "# Timeline\n\n## 2025-03-03\n\n"
            "- The dam failed. — *Valley Courier* ([link](<https://courier.example/1>))\n"
            "- Villages were evacuated. — *wire/7*\n\n"
            "## 2025-03-09\n\n- An \\*inquiry\\* opened \\[officially\\]. — *National Post*\n");
}

TEST(WriterTest, MarkdownLinksOnlyWebUrlsAndNoTextOpensABlock) {
  Timeline timeline;
  TimelineEntry& entry = timeline.entries.emplace_back();
  entry.date = *Date::parse_iso("2025-03-03");
  entry.headline = "# Not a heading\n## either";
  entry.sentences = {{"a\n# b\n- c <b>", "x/1", "Post", "http://x/> <script>alert(1)</script>"},
                     {"1. Not a list", "x/2", "Post", "javascript:alert(1)"},
                     {"> not a quote", "x/3", "Post", " https://ok.example/"}};
  EXPECT_EQ(render(timeline, OutputFormat::kMarkdown),
            "# Timeline\n\n## 2025-03-03\n\n### \\# Not a heading \\#\\# either\n\n"
            "- a \\# b - c \\<b\\> — *Post* ([link](<http://x/%3E%20%3Cscript%3Ealert(1)%3C/script%3E>))\n"
            "- 1\\. Not a list — *Post*\n"
            "- \\> not a quote — *Post*\n");
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
