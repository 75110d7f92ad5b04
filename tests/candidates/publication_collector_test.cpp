#include "candidates/publication_collector.h"

#include <gtest/gtest.h>

#include "support/articles.h"
#include "candidates/candidate_collector.h"
#include "candidates/pm_mean_collector.h"

namespace annals::tls {
namespace {

using testing::make_article;

using annals::testing::day;

// Sentence indices: a = 0..6, b = 7..8, c = 9, d = 10.
Corpus windowed_flood_corpus() {
  return Corpus::analyze({
      make_article("a", "2025-03-03",
                   "The dam burst near Orvale on March 2, 2025.\nThe dam burst flooded Orvale.\n"
                   "Football results came in.\nMarkets were calm.\nWeather stays mild.\n"
                   "Traffic was light.\nSchools reopened."),
      make_article("b", "2025-03-04", "Rescue continued. Talks are set for March 9, 2025."),
      make_article("c", "2025-03-02", "Before the window."),
      make_article("d", "2025-03-05", "Two days later."),
  }, {}, {day("2025-03-03"), day("2025-03-31")});
}

// c is outside the window, so the corpus holds a (0..6), b (7, 8) and d (9).
const std::vector<std::uint32_t> kAll = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

TEST(PublicationCollectorTest, FirstFiveSentencesOfTheDayAndTheNextDatedOrNot) {
  Corpus corpus = windowed_flood_corpus();
  ASSERT_EQ(corpus.sentences().size(), 10u);
  TfidfModel model(corpus, kAll);
  PublicationCollector collector(corpus);
  // a's first five (sentence 0 is dated and still counts), then b, published the day after.
  EXPECT_EQ(collector.collect(day("2025-03-03"), model), (std::vector<std::uint32_t>{0, 1, 2, 3, 4, 7, 8}));
  EXPECT_EQ(collector.collect(day("2025-03-04"), model), (std::vector<std::uint32_t>{7, 8, 9}));
  // c is not in the corpus: Mar 1 sees nothing of it, Mar 2 only a's leads.
  EXPECT_TRUE(collector.collect(day("2025-03-01"), model).empty());
  EXPECT_EQ(collector.collect(day("2025-03-02"), model), (std::vector<std::uint32_t>{0, 1, 2, 3, 4}));
  // A date mentioned but not published on gets no P candidates.
  EXPECT_TRUE(collector.collect(day("2025-03-09"), model).empty());
}

TEST(PublicationCollectorTest, FactoryGivesTheSelectionAsked) {
  Corpus corpus = windowed_flood_corpus();
  TfidfModel model(corpus, kAll);
  auto p = make_candidate_collector(CandidateSelection::kPublished, corpus);
  auto pm = make_candidate_collector(CandidateSelection::kPmMean, corpus);
  EXPECT_EQ(p->collect(day("2025-03-09"), model), std::vector<std::uint32_t>{});
  // PM-MEAN has the sentence dated March 9 as an M candidate.
  EXPECT_EQ(pm->collect(day("2025-03-09"), model), std::vector<std::uint32_t>{8});
}

}  // namespace
}  // namespace annals::tls
