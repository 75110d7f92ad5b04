#include "methods/datewise_method.h"

#include <gtest/gtest.h>

#include "method_contract.h"
#include "support/articles.h"
#include "dates/mention_count_ranker.h"
#include "dates/publication_count_ranker.h"

namespace annals::tls {
namespace {

using testing::make_article;

using annals::testing::day;

// Mar 2 is named three times, Mar 9 twice, Mar 6 once; Mar 6's only
// sentences lack the keyword "dam".
Corpus datewise_story() {
  return Corpus::analyze({
      make_article("a", "2025-03-03",
                   "The dam failed on March 2, 2025.\nA vote is set for March 6, 2025.\n"
                   "The dam inquiry opens on March 9, 2025."),
      make_article("b", "2025-03-04", "Since March 2, 2025 the dam has leaked.\nDam crews worked overnight."),
      make_article("c", "2025-03-10", "The dam inquiry opened on March 9, 2025.\nThe dam had failed on March 2, 2025."),
  });
}

TimelineRequest request(std::size_t dates) {
  TimelineRequest r;
  r.dates = dates;
  r.sentences = 1;
  r.keywords = {"dam"};
  r.window.from = day("2025-03-01");
  r.window.to = day("2025-03-31");
  return r;
}

TEST(DatewiseMethodTest, TopRankedDatesInChronologicalOrder) {
  Corpus corpus = datewise_story();
  Selection t = registered("datewise-mc")->build(corpus, request(2));
  ASSERT_EQ(t.entries.size(), 2u);
  EXPECT_EQ(t.entries[0].date, day("2025-03-02"));
  EXPECT_EQ(t.entries[1].date, day("2025-03-09"));
  for (const auto& e : t.entries) {
    ASSERT_EQ(e.sentences.size(), 1u);
    EXPECT_NE(corpus.sentences()[e.sentences[0]].text.find("dam"), std::string::npos);
  }
}

TEST(DatewiseMethodTest, GivenDatesReplaceTheRanking) {
  Corpus corpus = datewise_story();
  // Mar 9 ranks second and Mar 4 (one publication, no mention) last; given
  // both, both are summarised, and Mar 2, the top-ranked day, is left out.
  TimelineRequest given = request(2);
  given.given_dates = {day("2025-03-04"), day("2025-03-09"), day("2025-04-02")};  // Apr 2: outside the window
  for (const char* method : {"datewise", "datewise-mc", "pubcount", "annals"}) {
    // Mar 4's one keyword sentence is shorter than the readable minimum.
    Selection t = registered(method, {{"min_sentence_words", "0"}})->build(corpus, given);
    EXPECT_EQ(dates_of(t), (std::vector<std::string>{"2025-03-04", "2025-03-09"})) << method;
  }
}

TEST(DatewiseMethodTest, DatesWithoutAKeywordSentenceAreSkipped) {
  Corpus corpus = datewise_story();
  // Mar 6 ranks third but has no "dam" sentence; nothing else is left.
  Selection t = registered("datewise-mc")->build(corpus, request(3));
  ASSERT_EQ(t.entries.size(), 2u);
  TimelineRequest no_keywords = request(3);
  no_keywords.keywords.clear();
  EXPECT_EQ(registered("datewise-mc")->build(corpus, no_keywords).entries.size(), 3u);
}

TEST(DatewiseMethodTest, PublicationDaysSummarisedFromTheirLeads) {
  Corpus corpus = datewise_story();
  Selection t = registered("pubcount", {{"candidates", "pm-mean"}})->build(corpus, request(1));
  // All days tie with one article and the earliest, Mar 3, wins. Its own
  // article has only dated sentences; the undated lead of the next day's counts.
  ASSERT_EQ(t.entries.size(), 1u);
  EXPECT_EQ(t.entries[0].date, day("2025-03-03"));
  ASSERT_EQ(t.entries[0].sentences.size(), 1u);
  EXPECT_EQ(corpus.sentences()[t.entries[0].sentences[0]].text, "Dam crews worked overnight.");
}

TEST(DatewiseMethodTest, PublicationCandidatesIncludeDatedLeads) {
  Corpus corpus = datewise_story();
  TimelineRequest vote = request(1);
  vote.keywords = {"vote"};
  // Only a's second sentence, dated to Mar 6, has the keyword. P proposes it
  // for a's publication day; PM-MEAN files it under Mar 6, which is no
  // publication day, so pubcount would never see it. (That sentence names
  // another day than Mar 3, which true_days, on by default, refuses.)
  EXPECT_TRUE(registered("pubcount")->build(corpus, vote).entries.empty());
  Selection p = registered("pubcount", {{"true_days", "false"}})->build(corpus, vote);
  ASSERT_EQ(p.entries.size(), 1u);
  EXPECT_EQ(p.entries[0].date, day("2025-03-03"));
  ASSERT_EQ(p.entries[0].sentences.size(), 1u);
  EXPECT_EQ(corpus.sentences()[p.entries[0].sentences[0]].text, "A vote is set for March 6, 2025.");
  EXPECT_TRUE(registered("pubcount", {{"candidates", "pm-mean"}, {"true_days", "false"}})->build(corpus, vote).entries.empty());

  // The published candidates are pubcount's default: naming them changes nothing.
  Selection named = registered("pubcount", {{"candidates", "published"}, {"true_days", "false"}})->build(corpus, vote);
  ASSERT_EQ(named.entries.size(), 1u);
  EXPECT_EQ(named.entries[0].sentences, p.entries[0].sentences);
}

}  // namespace
}  // namespace annals::tls
