#include "methods/baseline_method.h"

#include <gtest/gtest.h>

#include "support/articles.h"
#include "method_contract.h"

namespace annals::tls {
namespace {

using testing::make_article;

Corpus analyze(std::vector<Article> articles, const DateWindow& window = {}) {
  AnalysisOptions options;
  options.tag_dates = false;
  return Corpus::analyze(std::move(articles), options, window);
}

std::vector<std::string> texts_of(const Corpus& corpus, const DateSummary& e) {
  std::vector<std::string> out;
  for (auto s : e.sentences) out.emplace_back(corpus.sentences()[s].text);
  return out;
}

// Three articles on March 3, two on March 9, one on March 5.
std::vector<Article> dam_story() {
  return {
      make_article("a1", "2025-03-03", "The Orvale dam failed at dawn. Water flooded the lower valley."),
      make_article("a2", "2025-03-03", "The Orvale dam collapsed early on Monday. Villages were evacuated."),
      make_article("a3", "2025-03-03", "Rescue teams searched flooded villages near the dam."),
      make_article("b1", "2025-03-05", "Relief trucks reached the valley."),
      make_article("c1", "2025-03-09", "An inquiry into the dam failure was announced."),
      make_article("c2", "2025-03-09", "The minister announced a public inquiry into the dam."),
  };
}

TEST(BaselineMethodTest, PicksBusiestDaysInChronologicalOrder) {
  Corpus corpus = analyze(dam_story());
  TimelineRequest request;
  request.dates = 2;
  request.sentences = 1;
  Selection t = registered("baseline")->build(corpus, request);
  EXPECT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-03", "2025-03-09"}));
  expect_method_contract(t, corpus, request);
}

TEST(BaselineMethodTest, SummaryComesFromTheDayAndTheNextDay) {
  Corpus corpus = analyze({make_article("a", "2025-03-03", "Dam engineers warned of cracks."),
                           make_article("b", "2025-03-04", "Dam engineers warned of cracks again, reports said."),
                           make_article("c", "2025-03-20", "Unrelated harvest festival news.")});
  TimelineRequest request;
  request.dates = 1;
  request.sentences = 2;
  request.keywords = {"dam"};
  Selection t = registered("baseline")->build(corpus, request);
  ASSERT_EQ(t.entries.size(), 1u);
  auto texts = texts_of(corpus, t.entries[0]);
  ASSERT_FALSE(texts.empty());
  for (const auto& text : texts) EXPECT_NE(text.find("Dam"), std::string::npos);
}

TEST(BaselineMethodTest, KeywordsRestrictSummarySentences) {
  Corpus corpus = analyze(dam_story());
  TimelineRequest request;
  request.dates = 3;
  request.sentences = 3;
  request.keywords = {"inquiry"};
  Selection t = registered("baseline")->build(corpus, request);
  ASSERT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-09"}));  // other days have no "inquiry"
  expect_method_contract(t, corpus, request);
  for (const auto& text : texts_of(corpus, t.entries[0])) EXPECT_NE(text.find("inquiry"), std::string::npos);
}

TEST(BaselineMethodTest, SkipsNearDuplicateSentences) {
  Corpus corpus = analyze({make_article("wire", "2025-04-01", "The dam operator was charged with negligence."),
                           make_article("copy", "2025-04-01", "The dam operator was charged with negligence."),
                           make_article("other", "2025-04-01", "Families of victims welcomed the dam charges.")});
  TimelineRequest request;
  request.dates = 1;
  request.sentences = 3;
  Selection t = registered("baseline")->build(corpus, request);
  ASSERT_EQ(t.entries.size(), 1u);
  auto texts = texts_of(corpus, t.entries[0]);
  EXPECT_EQ(texts.size(), 2u);
  EXPECT_EQ(std::count(texts.begin(), texts.end(), "The dam operator was charged with negligence."), 1);
}

TEST(BaselineMethodTest, RespectsTheDateWindow) {
  TimelineRequest request;
  request.dates = 5;
  request.window.from = Date::parse_iso("2025-03-04");
  request.window.to = Date::parse_iso("2025-03-08");
  Corpus corpus = analyze(dam_story(), request.window);
  Selection t = registered("baseline")->build(corpus, request);
  EXPECT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-05"}));
}

TEST(BaselineMethodTest, EmptyCorpusGivesEmptyTimeline) {
  Corpus corpus = analyze({});
  EXPECT_TRUE(registered("baseline")->build(corpus, TimelineRequest{}).entries.empty());
}

}  // namespace
}  // namespace annals::tls
