#include "methods/martschat_method.h"

#include <gtest/gtest.h>

#include "method_contract.h"
#include "tilse_story.h"

namespace annals::tls {
namespace {

TEST(MartschatMethodTest, ReferencedAndCentralDateComesFirst) {
  Corpus corpus = tilse_story();
  TimelineRequest request;
  request.dates = 1;
  request.sentences = 2;
  Selection t = registered("martschat2018")->build(corpus, request);
  expect_method_contract(t, corpus, request);
  ASSERT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-03"}));
  // The referring sentence is dated March 3 too; both picks are dam reports.
  for (auto s : t.entries[0].sentences) EXPECT_NE(corpus.sentences()[s].text.find("dam"), std::string::npos);
}

TEST(MartschatMethodTest, RespectsDateAndSentenceLimits) {
  Corpus corpus = tilse_story();
  for (std::size_t dates : {1u, 2u, 4u})
    for (std::size_t sentences : {1u, 3u}) {
      TimelineRequest request;
      request.dates = dates;
      request.sentences = sentences;
      Selection t = registered("martschat2018")->build(corpus, request);
      expect_method_contract(t, corpus, request);
      EXPECT_EQ(t.entries.size(), dates);
    }
}

TEST(MartschatMethodTest, KeywordsAndWindowRestrictTheTimeline) {
  Corpus corpus = tilse_story();
  TimelineRequest request;
  request.dates = 5;
  request.keywords = {"weather"};
  request.window.to = Date::parse_iso("2025-03-11");
  Selection t = registered("martschat2018")->build(corpus, request);
  expect_method_contract(t, corpus, request);
  EXPECT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-10"}));
}

TEST(MartschatMethodTest, NothingToSayGivesAnEmptyTimeline) {
  Corpus corpus = tilse_story();
  TimelineRequest request;
  request.keywords = {"volcano"};
  EXPECT_TRUE(registered("martschat2018")->build(corpus, request).entries.empty());
  request.keywords.clear();
  request.sentences = 0;
  EXPECT_TRUE(registered("martschat2018")->build(corpus, request).entries.empty());
  EXPECT_TRUE(registered("martschat2018")->build(Corpus::analyze({}), TimelineRequest{}).entries.empty());
}

}  // namespace
}  // namespace annals::tls
