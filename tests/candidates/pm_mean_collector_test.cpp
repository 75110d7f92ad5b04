#include "candidates/pm_mean_collector.h"

#include <gtest/gtest.h>

#include "support/articles.h"
#include "corpus/publication_order.h"

namespace annals::tls {
namespace {

using testing::make_article;

using annals::testing::day;

// Sentence indices: a = 0..6, b = 7, c = 8, d = 9.
Corpus flood_corpus() {
  return Corpus::analyze({
      make_article("a", "2025-03-03",
                   "The dam burst near Orvale on March 2, 2025.\nThe dam burst flooded Orvale.\n"
                   "Football results came in.\nMarkets were calm.\nWeather stays mild.\n"
                   "Traffic was light.\nSchools reopened."),
      make_article("b", "2025-03-04", "Rescue continued."),
      make_article("c", "2025-03-08", "Talks are set for March 9, 2025."),
      make_article("d", "2025-03-10", "Football results came in."),
  });
}

class PmMeanCollectorTest : public ::testing::Test {
 protected:
  PmMeanCollectorTest() : corpus(flood_corpus()), model(corpus, all_sentences()), collector(corpus) {}
  std::vector<std::uint32_t> all_sentences() const {
    std::vector<std::uint32_t> all(corpus.sentences().size());
    for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;
    return all;
  }
  Corpus corpus;
  TfidfModel model;
  PmMeanCollector collector;
};

TEST_F(PmMeanCollectorTest, PublishedSetIsTheFirstSixUndatedSentencesOfThatDayAndTheNext) {
  // Mar 3: a (published Mar 3) sentences 1-5 (0 is dated, 6 is seventh) and b (published Mar 4).
  EXPECT_EQ(collector.collect(day("2025-03-03"), model), (std::vector<std::uint32_t>{1, 2, 3, 4, 5, 7}));
  EXPECT_EQ(collector.collect(day("2025-03-04"), model), (std::vector<std::uint32_t>{7}));
  EXPECT_EQ(collector.collect(day("2025-03-20"), model), (std::vector<std::uint32_t>{}));
}

TEST_F(PmMeanCollectorTest, KeepsSentencesCloseToWhatBothSetsShare) {
  // Mar 2: M = {0}, P = {1..5}. The day vector holds the shared terms (dam,
  // burst, Orvale); cosines are [x, y, 0, 0, 0, 0] with y > x/5, so the knee
  // of the sorted list is index 2, whose cosine in the unsorted list is 0:
  // sentences 0 and 1 stay.
  EXPECT_EQ(collector.collect(day("2025-03-02"), model), (std::vector<std::uint32_t>{0, 1}));
}

TEST_F(PmMeanCollectorTest, KeepsEverythingWhenTheSetsShareNoTerm) {
  // Mar 9: M = {8} (talks), P = {9} (football): nothing in common.
  EXPECT_EQ(collector.collect(day("2025-03-09"), model), (std::vector<std::uint32_t>{8, 9}));
}

}  // namespace
}  // namespace annals::tls
