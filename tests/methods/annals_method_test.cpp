// The annals method end to end on a small fictional story: the band
// parameters reach the candidates, and models that do not fit are usage errors.
#include <gtest/gtest.h>

#include "annals/error.h"
#include "candidates/length_band_collector.h"
#include "method_contract.h"
#include "support/articles.h"
#include "support/temp_dir.h"

namespace annals::tls {
namespace {

using testing::make_article;
using testing::TempDir;

using annals::testing::day;

// Mar 2 is the busiest named day; its dam sentences have 6, 7 and 19 words.
Corpus annals_story() {
  return Corpus::analyze({
      make_article("a", "2025-03-03",
                   "The dam failed on March 2, 2025.\n"
                   "Engineers said the old dam above Orvale gave way on March 2, 2025 after a week of heavy rain.\n"
                   "A vote is set for March 6, 2025."),
      make_article("b", "2025-03-04", "The dam had failed on March 2, 2025.\nDam crews worked overnight."),
  });
}

TimelineRequest request() {
  TimelineRequest r;
  r.dates = 1;
  r.sentences = 1;
  r.keywords = {"dam"};
  r.window = {day("2025-03-01"), day("2025-03-31")};
  return r;
}

std::size_t words_of_first_summary(const Selection& t, const Corpus& corpus) {
  return word_count(corpus.sentences()[t.entries.at(0).sentences.at(0)].text);
}

TEST(AnnalsMethodTest, TheWordBandChoosesTheSummarysLength) {
  Corpus corpus = annals_story();
  Selection banded = registered("annals")->build(corpus, request());
  ASSERT_EQ(banded.entries.size(), 1u);
  EXPECT_EQ(banded.entries[0].date, day("2025-03-02"));
  EXPECT_EQ(words_of_first_summary(banded, corpus), 19u);
  Selection short_only = registered("annals", {{"min_words", "1"}, {"max_words", "8"}})->build(corpus, request());
  EXPECT_LE(words_of_first_summary(short_only, corpus), 8u);
}

TEST(AnnalsMethodTest, ABandWithMinAboveMaxIsAUsageError) {
  EXPECT_THROW(registered("annals", {{"min_words", "30"}, {"max_words", "20"}}), UsageError);
}

TEST(AnnalsMethodTest, AModelWithAFeatureItDoesNotComputeIsAUsageError) {
  TempDir dir;
  auto good = dir.write("good.json", R"({"features": ["docs", "first_day"], "weights": [1, 2], "bias": 0})");
  auto bad = dir.write("bad.json", R"({"features": ["docs_published"], "weights": [1], "bias": 0})");
  EXPECT_NO_THROW(registered("annals", {{"model", good}}));
  EXPECT_THROW(registered("annals", {{"model", bad}}), UsageError);
  EXPECT_THROW(registered("datewise", {{"model", good}}), UsageError);
}

}  // namespace
}  // namespace annals::tls
