// The sentence oracle's seam: which sentences the engine offers for a day,
// and that what the oracle picks replaces the method's summary.
#include <gtest/gtest.h>

#include <map>

#include "annals/engine.h"
#include "support/articles.h"

namespace annals {
namespace {

using testing::day;
using testing::make_article;

// Mar 3 is named by a's first sentence and c's second; b, published the day
// after, reports it without naming it; b's second sentence has no keyword.
Engine dam_story() {
  Engine engine;
  engine.add(std::vector<Article>{
      make_article("a", "2025-03-03", "The dam failed on March 3, 2025.\nWater rose fast over the dam."),
      make_article("b", "2025-03-04", "Villages near the dam were evacuated.\nThe river flooded the town."),
      make_article("c", "2025-03-20",
                   "The dam inquiry opened on March 20, 2025.\nIt recalled the dam failure of March 3, 2025."),
  });
  return engine;
}

TimelineRequest dam_request() {
  TimelineRequest request;
  request.dates = 3;
  request.sentences = 1;
  request.keywords = fold_keywords({"dam"});
  return request;
}

TEST(SummaryOracleTest, OffersTheDaysKeywordSentencesAndShowsWhatItPicks) {
  const Engine engine = dam_story();
  MethodSpec mentions{"datewise-mc", {}, nullptr};
  std::map<Date, std::vector<std::string>> offered;
  Timeline timeline = engine.timeline(dam_request(), mentions, [&](Date d, const std::vector<std::string>& pool) {
    offered[d] = pool;
    // More than K: only the first is kept.
    return d == day("2025-03-03") ? std::vector<std::size_t>{3, 0} : std::vector<std::size_t>{};
  });
  EXPECT_EQ(offered[day("2025-03-03")],
            (std::vector<std::string>{"The dam failed on March 3, 2025.", "Water rose fast over the dam.",
                                      "Villages near the dam were evacuated.",
                                      "It recalled the dam failure of March 3, 2025."}));

  Timeline own = engine.timeline(dam_request(), mentions);
  ASSERT_EQ(timeline.entries.size(), own.entries.size());
  ASSERT_EQ(timeline.entries.size(), 2u);
  EXPECT_EQ(timeline.entries[0].date, day("2025-03-03"));
  ASSERT_EQ(timeline.entries[0].sentences.size(), 1u);
  EXPECT_EQ(timeline.entries[0].sentences[0].text, "It recalled the dam failure of March 3, 2025.");
  EXPECT_EQ(timeline.entries[0].sentences[0].article, "c");
  // The oracle gave nothing for Mar 20: the method's own summary stays.
  EXPECT_EQ(timeline.entries[1].date, day("2025-03-20"));
  EXPECT_EQ(timeline.entries[1].sentences.at(0).text, own.entries[1].sentences.at(0).text);
}

}  // namespace
}  // namespace annals
