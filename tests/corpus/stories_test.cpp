// Story detection on a corpus built to tempt it: one report updated three
// times by its outlet and copied with small edits by three others, and two
// unrelated reports that share an outlet's boilerplate sentences.
#include "corpus/stories.h"

#include <gtest/gtest.h>

#include <set>

#include "analysis/minhash.h"
#include "corpus/corpus.h"
#include "support/articles.h"

namespace annals {
namespace {

const std::string kLead =
    "Engineers at the Tarrow Weir opened all six sluice gates on Tuesday after the river rose faster than "
    "forecast overnight. ";
const std::string kBody =
    "The Kessel Basin Authority said the weir itself was not damaged and that the gates would stay open "
    "until the level falls below the summer mark. Residents of Oldmoor and Pell End were asked to keep "
    "cars off the riverside road, which was closed at noon. The authority's duty manager, Ines Varga, said "
    "crews had cleared fallen trees from the intake screens twice since Sunday. Rainfall at the Cobb Hill "
    "gauge reached 74 millimetres in two days, more than the whole of last April. A rest centre has opened "
    "in the Oldmoor parish hall for anyone who cannot reach home. ";
const std::string kUpdate1 =
    "By evening the water had reached the garden walls of the lowest houses on Mill Lane, and two families "
    "were helped out by the fire service. ";
const std::string kUpdate2 =
    "Late on Tuesday the authority said the river had peaked at 3.1 metres and was beginning to fall slowly. ";
const std::string kUpdate3 =
    "On Wednesday morning the riverside road reopened to buses, and the rest centre closed after nine people "
    "spent the night there. ";

// Boilerplate that one outlet appends to every report.
const std::string kBoilerplate =
    "Sign up for the Morning Wire newsletter to get the day's top stories in your inbox before breakfast. "
    "Follow our live coverage of the weather across the region on the Morning Wire app and website. ";

std::vector<Article> tempting_corpus() {
  using testing::make_article;
  std::string copy_a = kLead + kBody;
  copy_a.replace(copy_a.find("on Tuesday"), 10, "on Tuesday morning");
  std::string copy_b = "OLDMOOR (Kessel Wire) - " + kLead + kBody;
  copy_b.replace(copy_b.find("74 millimetres"), 14, "nearly 75 mm of rain");
  std::string copy_c = kLead + kBody + "Further reports are expected later today.";
  copy_c.replace(copy_c.find("Ines Varga"), 10, "Ines Varga, 48,");
  return {
      make_article("wire-1", "2025-04-01", kLead + kBody, "Kessel Wire"),
      make_article("wire-2", "2025-04-01", kLead + kBody + kUpdate1, "Kessel Wire"),
      make_article("wire-3", "2025-04-01", kLead + kBody + kUpdate1 + kUpdate2, "Kessel Wire"),
      make_article("wire-4", "2025-04-02", kUpdate3 + kLead + kBody + kUpdate1 + kUpdate2, "Kessel Wire"),
      make_article("herald-1", "2025-04-01", copy_a, "Pell Herald"),
      make_article("ledger-1", "2025-04-01", copy_b, "National Ledger"),
      make_article("post-1", "2025-04-02", copy_c, "Basin Post"),
      make_article("morning-1", "2025-04-01",
                   "The Oldmoor town council voted on Monday to rebuild the footbridge over the Kessel with steel "
                   "rather than timber, at a cost of 410,000 euros. Work should start in August and take ten "
                   "weeks, during which a ferry will carry walkers across. " + kBoilerplate,
                   "Morning Wire"),
      make_article("morning-2", "2025-04-01",
                   "A bakery in Pell End has won the regional bread prize for the third year running with a rye "
                   "loaf made from grain grown two fields away. The owners plan to open a second shop near the "
                   "station before the summer. " + kBoilerplate,
                   "Morning Wire"),
  };
}

std::set<std::string> ids_in_story(const Corpus& corpus, std::uint32_t story) {
  std::set<std::string> ids;
  for (const SharedArticle& a : corpus.story_articles(story)) ids.insert(a->article.id);
  return ids;
}

TEST(StoriesTest, UpdatesAndEditedCopiesFormOneStoryAndBoilerplateDoesNot) {
  const Corpus corpus = Corpus::analyze(tempting_corpus());
  ASSERT_EQ(corpus.article_count(), 9u);
  EXPECT_EQ(ids_in_story(corpus, corpus.story(0)),
            (std::set<std::string>{"wire-1", "wire-2", "wire-3", "wire-4", "herald-1", "ledger-1", "post-1"}));
  EXPECT_EQ(ids_in_story(corpus, corpus.story(7)), (std::set<std::string>{"morning-1"}));
  EXPECT_EQ(ids_in_story(corpus, corpus.story(8)), (std::set<std::string>{"morning-2"}));
  EXPECT_EQ(corpus.story_count(), 3u);
  EXPECT_EQ(corpus.story_copies(), 6u);
  EXPECT_EQ(corpus.stories_with_copies(), 1u);
  EXPECT_EQ(corpus.story_outlets(0), 4u);  // Kessel Wire, Pell Herald, National Ledger, Basin Post
  EXPECT_EQ(corpus.story_outlets(7), 1u);
  EXPECT_FALSE(corpus.copies_merged());
}

TEST(StoriesTest, MergingKeepsTheEarliestArticleOfEachStory) {
  CorpusOptions merge;
  merge.merge_copies = true;
  const Corpus corpus = Corpus::analyze(tempting_corpus(), {}, {}, merge);
  ASSERT_EQ(corpus.article_count(), 3u);
  EXPECT_EQ(corpus.article(0).id, "wire-1");
  EXPECT_EQ(corpus.article(1).id, "morning-1");
  EXPECT_EQ(corpus.article(2).id, "morning-2");
  EXPECT_EQ(corpus.story_articles(corpus.story(0)).size(), 7u);  // the copies stay reachable
  EXPECT_EQ(corpus.window_articles().size(), 9u);
  EXPECT_EQ(corpus.story_outlets(0), 4u);
  EXPECT_TRUE(corpus.copies_merged());
}

TEST(StoriesTest, TheEarliestIsChosenByDayThenTimeNotByInputOrder) {
  std::vector<Article> articles = tempting_corpus();
  articles[0].published = *Date::parse_iso("2025-04-03");  // wire-1 now last
  articles[1].time = "10:00:00";  // the rest of the story on April 1, each with its time of day
  articles[2].time = "11:00:00";
  articles[4].time = "09:00:00";
  articles[5].time = "08:00:00";  // ledger-1: the earliest
  CorpusOptions merge;
  merge.merge_copies = true;
  const Corpus corpus = Corpus::analyze(articles, {}, {}, merge);
  EXPECT_EQ(corpus.article(0).id, "ledger-1");
}

TEST(MinHashTest, SignatureDependsOnTheRecordAloneAndEstimatesJaccard) {
  const Corpus corpus = Corpus::analyze(tempting_corpus());
  const auto wire = analysis::minhash_signature(corpus.record(0));
  EXPECT_EQ(wire, analysis::minhash_signature(corpus.record(0)));
  EXPECT_EQ(analysis::estimated_jaccard(wire, wire), 1.0);
  EXPECT_GE(analysis::estimated_jaccard(wire, analysis::minhash_signature(corpus.record(4))), 0.6);
  EXPECT_LE(analysis::estimated_jaccard(wire, analysis::minhash_signature(corpus.record(7))), 0.1);
  // The boilerplate pair shares about a third of its shingles: well under the threshold.
  EXPECT_LT(analysis::estimated_jaccard(analysis::minhash_signature(corpus.record(7)),
                                        analysis::minhash_signature(corpus.record(8))),
            kStoryJaccard);
}

TEST(MinHashTest, AnArticleWithoutStemsJoinsNoStory) {
  AnalyzedArticle empty;
  const auto signature = analysis::minhash_signature(empty);
  EXPECT_TRUE(analysis::is_empty(signature));
  EXPECT_EQ(analysis::estimated_jaccard(signature, signature), 0.0);
  const std::vector<analysis::MinHashSignature> two = {signature, signature};
  EXPECT_EQ(group_stories(two).members.size(), 2u);
}

TEST(StoriesTest, AnyNumberOfIdenticalArticlesIsOneStory) {
  // More than one LSH bucket's all-pairs limit, so neighbours are chained.
  std::vector<analysis::MinHashSignature> signatures(100);
  for (auto& s : signatures)
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = std::uint32_t(i * 7919);
  const Stories stories = group_stories(signatures);
  ASSERT_EQ(stories.members.size(), 1u);
  EXPECT_EQ(stories.members[0].size(), 100u);
}

}  // namespace
}  // namespace annals
