// The sentence oracle against hand-written reference entries.
#include "benchmark/ideal_sentences.h"

#include <gtest/gtest.h>

#include "eval/eval_test_support.h"
#include "support/articles.h"

namespace annals::benchmark {
namespace {

using annals::testing::day;

eval::TextTimeline dam_reference() {
  eval::TextTimeline reference;
  reference.dates[day("2025-03-06")] = {"The Hollin Dam collapsed before dawn, sending a flood down the River Orme."};
  reference.dates[day("2025-03-07")] = {"Soldiers joined the search in Eastmere.", "The death toll rose to 11."};
  return reference;
}

TEST(IdealSentencesTest, PicksTheSentenceThatMatchesTheReferenceEntry) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  const eval::TextTimeline reference = dam_reference();
  IdealSentences ideal(eval::testing::shared_rouge_data(), reference, 2);
  const std::vector<std::string> pool = {
      "Markets rose on Tuesday.",
      "The dam was old.",
      "The dam at Hollin collapsed before dawn and a flood went down the Orme river.",
  };
  // The second-best adds no word of the entry that is not already matched,
  // so it would only lower F1: one sentence although K is 2.
  EXPECT_EQ(ideal.choose(day("2025-03-06"), pool), (std::vector<std::size_t>{2}));
}

TEST(IdealSentencesTest, TakesSentencesThatCoverDifferentPartsBestFirst) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  const eval::TextTimeline reference = dam_reference();
  IdealSentences ideal(eval::testing::shared_rouge_data(), reference, 2);
  const std::vector<std::string> pool = {
      "The toll rose.",
      "Soldiers joined the search in Eastmere on Friday.",
      "The death toll rose to 11 after the search.",
  };
  EXPECT_EQ(ideal.choose(day("2025-03-07"), pool), (std::vector<std::size_t>{2, 1}));
}

TEST(IdealSentencesTest, NothingForADateOutsideTheReferenceOrAPoolWithoutItsWords) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  const eval::TextTimeline reference = dam_reference();
  IdealSentences ideal(eval::testing::shared_rouge_data(), reference, 2);
  EXPECT_TRUE(ideal.choose(day("2025-03-05"), {"The Hollin Dam collapsed before dawn."}).empty());
  EXPECT_TRUE(ideal.choose(day("2025-03-06"), {"Markets rose on Tuesday.", ""}).empty());
  EXPECT_TRUE(ideal.choose(day("2025-03-06"), {}).empty());
}

}  // namespace
}  // namespace annals::benchmark
