#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <string>

#include "export_fixture.h"

namespace annals {
namespace {

using testing::render;

nlohmann::json timelinejs(const Timeline& timeline) {
  return nlohmann::json::parse(render(timeline, OutputFormat::kTimelineJs));
}

TEST(TimelineJsWriterTest, PlainTimelineHasTitleAndOneEventPerDate) {
  auto doc = timelinejs(testing::plain_timeline());
  EXPECT_EQ(doc["title"], nlohmann::json::parse(R"({"text": {"headline": "Timeline",
                                                         "text": "2 dates, 2025-03-03 to 2025-03-09"}})"));
  ASSERT_EQ(doc["events"].size(), 2u);
  EXPECT_EQ(doc["events"][0], nlohmann::json::parse(R"({
    "start_date": {"year": 2025, "month": 3, "day": 3},
    "text": {"headline": "Dam holds",
             "text": "<p>The dam held overnight. <cite><a href=\"https://courier.example/1\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">Valley Courier</a></cite></p><p>Two roads reopened. <cite><a href=\"http://wire.example/7\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">Orme Wire</a></cite></p>"},
    "group": "Valley Courier",
    "unique_id": "annals-2025-03-03-0",
    "autolink": false})"));
  // Without an outlet there is no group, and the article id names the source.
  EXPECT_EQ(doc["events"][1], nlohmann::json::parse(R"({
    "start_date": {"year": 2025, "month": 3, "day": 9},
    "text": {"headline": "", "text": "<p>An inquiry opened. <cite>post/2</cite></p>"},
    "unique_id": "annals-2025-03-09-1",
    "autolink": false})"));
}

TEST(TimelineJsWriterTest, UniqueIdsStayUniqueAndStable) {
  auto first = timelinejs(testing::hostile_timeline());
  auto again = timelinejs(testing::hostile_timeline());
  ASSERT_EQ(first["events"].size(), 2u);
  EXPECT_NE(first["events"][0]["unique_id"], first["events"][1]["unique_id"]);
  EXPECT_EQ(first, again);
}

TEST(TimelineJsWriterTest, ArticleTextIsEscapedHtml) {
  auto event = timelinejs(testing::hostile_timeline())["events"][0];
  EXPECT_EQ(event["text"]["headline"], "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(event["group"], "Courier &amp; Sons");
  EXPECT_EQ(event["text"]["text"],
            "<p>Officials said &lt;script&gt;alert(1)&lt;/script&gt; twice. <cite><a "
            "href=\"https://courier.example/a?x=1&amp;y=&quot;2&quot;\" target=\"_blank\" "
            "rel=\"noopener noreferrer nofollow\">Courier &amp; Sons</a></cite></p>"
            "<p>It ended &lt;/script&gt;&lt;!-- there\xE2\x80\xA8" "and \xE2\x80\xA9" "here. <cite>wire/7</cite></p>");
}

TEST(TimelineJsWriterTest, OnlyHttpUrlsBecomeLinks) {
  auto doc = timelinejs(testing::hostile_timeline());
  std::string all_text;
  for (const auto& event : doc["events"]) all_text += event["text"]["text"].get<std::string>();
  EXPECT_EQ(all_text.find("javascript:"), std::string::npos) << all_text;
  const std::regex href("href=\"([^\"]*)\"");
  int links = 0;
  for (std::sregex_iterator it(all_text.begin(), all_text.end(), href), end; it != end; ++it, ++links)
    EXPECT_EQ((*it)[1].str().rfind("https://", 0), 0u) << (*it)[1];
  EXPECT_EQ(links, 1);
  EXPECT_EQ(doc["events"][1]["text"]["text"], "<p>=HYPERLINK(&quot;x&quot;),\r\nsaid the clerk <cite>-Post</cite></p>");
}

TEST(TimelineJsWriterTest, EmptyTimelineHasNoEvents) {
  auto doc = timelinejs(Timeline{});
  EXPECT_TRUE(doc["events"].is_array());
  EXPECT_TRUE(doc["events"].empty());
  EXPECT_EQ(doc["title"]["text"]["text"], "0 dates");
}

}  // namespace
}  // namespace annals
