// The candidate rules of the annals method: the wide pool, the keyword
// fallback and the length band, on hand-written fictional articles.
#include <gtest/gtest.h>

#include "candidates/keyword_fallback_collector.h"
#include "candidates/length_band_collector.h"
#include "candidates/wide_pool_collector.h"
#include "support/articles.h"

namespace annals::tls {
namespace {

using testing::make_article;
using Ids = std::vector<std::uint32_t>;

using annals::testing::day;

// The same sentences for every day: the rules under test see only the list.
class Fixed final : public CandidateCollector {
 public:
  explicit Fixed(Ids ids) : ids_(std::move(ids)) {}
  Ids collect(Date, const TfidfModel&) const override { return ids_; }

 private:
  Ids ids_;
};

// Sentences 0..3: 3 words with "dam"; 18 words with "dam"; 19 words without;
// 41 words with "dam".
Corpus lengths() {
  return Corpus::analyze({make_article(
      "a", "2025-03-03",
      "The dam held.\n"
      "Engineers said on Tuesday that the old dam above Orvale would need new gates before the spring floods.\n"
      "Farmers in the valley said that the rain of the past week had ruined most of their early crops.\n"
      "Officials from the river board told a crowded meeting in the town hall that the dam, which was built in "
      "the last century and repaired twice since, would be inspected again next month by a team of outside "
      "engineers and divers.")});
}

Ids all_of(const Corpus& corpus) {
  Ids all(corpus.sentences().size());
  for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

class AnnalsCandidatesTest : public ::testing::Test {
 protected:
  AnnalsCandidatesTest() : corpus(lengths()), model(corpus, all_of(corpus)) {}
  Ids band(WordBand band, Ids inner, std::vector<std::string> keywords) const {
    return LengthBandCollector(corpus, std::move(keywords), band, std::make_unique<Fixed>(std::move(inner)))
        .collect(day("2025-03-03"), model);
  }
  Ids fallback(Ids primary, Ids second, std::vector<std::string> keywords) const {
    return KeywordFallbackCollector(corpus, std::move(keywords), std::make_unique<Fixed>(std::move(primary)),
                                    std::make_unique<Fixed>(std::move(second)))
        .collect(day("2025-03-03"), model);
  }
  Corpus corpus;
  TfidfModel model;
};

TEST(WordCountTest, CountsWhitespaceSeparatedWords) {
  EXPECT_EQ(word_count(""), 0u);
  EXPECT_EQ(word_count("  The dam,  held\tfirm. "), 4u);
  EXPECT_EQ(word_count("one"), 1u);
}

TEST_F(AnnalsCandidatesTest, TheSentencesHaveTheLengthsTheTestsAssume) {
  ASSERT_EQ(corpus.sentences().size(), 4u);
  std::vector<std::size_t> words;
  for (const Sentence& s : corpus.sentences()) words.push_back(word_count(s.text));
  EXPECT_EQ(words, (std::vector<std::size_t>{3, 18, 19, 41}));
}

TEST_F(AnnalsCandidatesTest, TheBandKeepsMidLengthCandidatesInTheirOrder) {
  EXPECT_EQ(band({15, 40}, {3, 2, 1, 0}, {"dam"}), (Ids{2, 1}));
  // Both ends belong to the band.
  EXPECT_EQ(band({18, 20}, {0, 1, 2, 3}, {"dam"}), (Ids{1, 2}));
  EXPECT_EQ(band({15, 40}, {0, 1, 2, 3}, {}), (Ids{1, 2}));
}

TEST_F(AnnalsCandidatesTest, TheBandKeepsEverythingWhenNoBandCandidateHasAKeyword) {
  // Only sentence 2 (no "dam") is in the band: a summary needs the others.
  EXPECT_EQ(band({15, 40}, {0, 2, 3}, {"dam"}), (Ids{0, 2, 3}));
  // Nothing in the band at all, with or without keywords.
  EXPECT_EQ(band({15, 40}, {0, 3}, {"dam"}), (Ids{0, 3}));
  EXPECT_EQ(band({15, 40}, {0, 3}, {}), (Ids{0, 3}));
}

TEST_F(AnnalsCandidatesTest, TheFallbackIsAskedOnlyWhenNoPrimaryCandidateHasAKeyword) {
  EXPECT_EQ(fallback({2, 1}, {0, 3}, {"dam"}), (Ids{2, 1}));
  EXPECT_EQ(fallback({2}, {0, 3}, {"dam"}), (Ids{0, 3}));
  EXPECT_EQ(fallback({2}, {0, 3}, {"levee", "dam"}), (Ids{0, 3}));
  EXPECT_EQ(fallback({2}, {0, 3}, {}), (Ids{2}));
  // A day without primary candidates has no keyword sentence either.
  EXPECT_EQ(fallback({}, {0, 3}, {}), (Ids{0, 3}));
}

// Sentence indices: a = 0..6 (published Mar 3), b = 7..8 (published Mar 4).
Corpus pool_story() {
  return Corpus::analyze({
      make_article("a", "2025-03-03",
                   "Crews met at dawn.\nThe dam failed on March 2, 2025.\nRoads were closed.\nSchools shut.\n"
                   "Shops stayed open.\nBuses ran late.\nTalks about March 2, 2025 resume on March 5, 2025."),
      make_article("b", "2025-03-04", "A vote on March 3, 2025 passed.\nRepairs began."),
  });
}

TEST(WidePoolCollectorTest, EveryMentionedDayAndTheLeadsOfThatDayAndTheNext) {
  Corpus corpus = pool_story();
  TfidfModel model(corpus, all_of(corpus));
  WidePoolCollector pool(corpus);
  // Mar 2: a's six leads (published the next day), then its seventh sentence,
  // which names Mar 2; sentence 1 is a lead naming Mar 2 and comes once.
  EXPECT_EQ(pool.collect(day("2025-03-02"), model), (Ids{0, 1, 2, 3, 4, 5, 6}));
  // Mar 5 is only the second mention of sentence 6: PM-MEAN would not see it.
  EXPECT_EQ(pool.collect(day("2025-03-05"), model), (Ids{6}));
  // Mar 3: a's leads (published that day), b's leads (the next day; 7 also names Mar 3).
  EXPECT_EQ(pool.collect(day("2025-03-03"), model), (Ids{0, 1, 2, 3, 4, 5, 7, 8}));
  EXPECT_EQ(pool.collect(day("2025-03-04"), model), (Ids{7, 8}));
  EXPECT_EQ(pool.collect(day("2025-03-20"), model), Ids{});
}

}  // namespace
}  // namespace annals::tls
