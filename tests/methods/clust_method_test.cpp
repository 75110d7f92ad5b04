#include "methods/clust_method.h"

#include <gtest/gtest.h>

#include "method_contract.h"
#include "support/articles.h"

namespace annals::tls {
namespace {

using testing::make_article;

// A dam story published over two days about March 3, and an unrelated
// festival story two weeks later that mentions no date.
Corpus two_events() {
  return Corpus::analyze({
      make_article("d1", "2025-03-04", "The Orvale dam collapsed on March 3, 2025. Flood water covered the valley."),
      make_article("d2", "2025-03-04", "The Orvale dam collapse on March 3, 2025 flooded the valley."),
      make_article("d3", "2025-03-05", "Orvale dam collapse victims were counted in the valley."),
      make_article("e1", "2025-03-20", "A harvest festival opened in Lorne town with music."),
      make_article("e2", "2025-03-20", "The Lorne harvest festival music drew crowds."),
  });
}

TEST(ClustMethodTest, DatesClustersByMentionElseFirstPublication) {
  Corpus corpus = two_events();
  TimelineRequest request;
  request.dates = 2;
  request.sentences = 1;
  Selection t = registered("clust")->build(corpus, request);
  expect_method_contract(t, corpus, request);
  EXPECT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-03", "2025-03-20"}));
}

TEST(ClustMethodTest, LargestClusterComesFirst) {
  Corpus corpus = two_events();
  TimelineRequest request;
  request.dates = 1;
  request.sentences = 2;
  Selection t = registered("clust")->build(corpus, request);
  expect_method_contract(t, corpus, request);
  EXPECT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-03"}));
}

TEST(ClustMethodTest, SkipsClustersDatedOutsideTheWindow) {
  Corpus corpus = two_events();
  TimelineRequest request;
  request.dates = 2;
  request.window.from = Date::parse_iso("2025-03-04");
  Selection t = registered("clust")->build(corpus, request);
  expect_method_contract(t, corpus, request);
  EXPECT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-20"}));
}

TEST(ClustMethodTest, KeywordsRestrictSummaries) {
  Corpus corpus = two_events();
  TimelineRequest request;
  request.dates = 2;
  request.sentences = 2;
  request.keywords = {"festival"};
  Selection t = registered("clust")->build(corpus, request);
  expect_method_contract(t, corpus, request);
  EXPECT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-20"}));
}

TEST(ClustMethodTest, EmptyCorpusGivesEmptyTimeline) {
  EXPECT_TRUE(registered("clust")->build(Corpus::analyze({}), TimelineRequest{}).entries.empty());
}

}  // namespace
}  // namespace annals::tls
