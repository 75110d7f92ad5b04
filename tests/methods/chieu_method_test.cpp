#include "methods/chieu_method.h"

#include <gtest/gtest.h>

#include "method_contract.h"
#include "tilse_story.h"

namespace annals::tls {
namespace {

TEST(ChieuMethodTest, MostInterestingDateFirstAndItsExtentIsForbidden) {
  Corpus corpus = tilse_story();
  TimelineRequest request;
  request.dates = 1;
  request.sentences = 1;
  Selection t = registered("chieu2004")->build(corpus, request);
  expect_method_contract(t, corpus, request);
  EXPECT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-03"}));

  // With room for more, the day after (inside the dam report's extent) never
  // comes in, and each date gets one sentence.
  request.dates = 8;
  request.sentences = 2;
  t = registered("chieu2004")->build(corpus, request);
  expect_method_contract(t, corpus, request);
  auto dates = dates_of(t);
  EXPECT_NE(std::find(dates.begin(), dates.end(), "2025-03-03"), dates.end());
  EXPECT_EQ(std::find(dates.begin(), dates.end(), "2025-03-04"), dates.end());
  for (const auto& e : t.entries) EXPECT_EQ(e.sentences.size(), 1u);
}

TEST(ChieuMethodTest, KeywordsAndWindowRestrictTheTimeline) {
  Corpus corpus = tilse_story();
  TimelineRequest request;
  request.dates = 5;
  request.keywords = {"weather"};
  request.window.from = Date::parse_iso("2025-03-12");
  Selection t = registered("chieu2004")->build(corpus, request);
  expect_method_contract(t, corpus, request);
  EXPECT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-14"}));
}

TEST(ChieuMethodTest, NothingToSayGivesAnEmptyTimeline) {
  Corpus corpus = tilse_story();
  TimelineRequest request;
  request.keywords = {"volcano"};
  EXPECT_TRUE(registered("chieu2004")->build(corpus, request).entries.empty());
  request.keywords.clear();
  request.sentences = 0;
  EXPECT_TRUE(registered("chieu2004")->build(corpus, request).entries.empty());
  EXPECT_TRUE(registered("chieu2004")->build(Corpus::analyze({}), TimelineRequest{}).entries.empty());
}

}  // namespace
}  // namespace annals::tls
