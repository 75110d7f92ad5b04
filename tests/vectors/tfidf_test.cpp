#include "vectors/tfidf.h"

#include <gtest/gtest.h>

#include <numeric>

#include "support/articles.h"

namespace annals::tls {
namespace {

TEST(TfidfTest, CosineIsOneForSameContentAndZeroForDisjoint) {
  AnalysisOptions no_tagging;
  no_tagging.tag_dates = false;
  Corpus corpus = Corpus::analyze({testing::make_article("a", "2025-03-01",
                                                         "Engineers inspected the dam. Engineers inspected the dam! "
                                                         "Farmers harvested wheat.")},
                                  no_tagging);
  ASSERT_EQ(corpus.sentences().size(), 3u);
  std::vector<std::uint32_t> all(3);
  std::iota(all.begin(), all.end(), 0);
  TfidfModel model(corpus, all);
  auto a = model.vectorize(corpus.sentences()[0]);
  auto b = model.vectorize(corpus.sentences()[1]);
  auto c = model.vectorize(corpus.sentences()[2]);
  EXPECT_NEAR(dot(a, b), 1.0, 1e-6);
  EXPECT_NEAR(dot(a, c), 0.0, 1e-6);
  EXPECT_NEAR(dot(a, a), 1.0, 1e-6);
}

TEST(TfidfTest, RareTermsWeighMoreThanCommonOnes) {
  AnalysisOptions no_tagging;
  no_tagging.tag_dates = false;
  Corpus corpus = Corpus::analyze(
      {testing::make_article("a", "2025-03-01", "Dam breach. Dam repair. Dam inquiry. Dam breach.")}, no_tagging);
  std::vector<std::uint32_t> all = {0, 1, 2, 3};
  TfidfModel model(corpus, all);
  auto v = model.vectorize(corpus.sentences()[2]);  // "dam" (in 4) and "inquiri" (in 1)
  ASSERT_EQ(v.size(), 2u);
  float dam = 0, inquiry = 0;
  for (auto [id, w] : v) (corpus.term(id) == "dam" ? dam : inquiry) = w;
  EXPECT_GT(inquiry, dam);
}

TEST(TfidfTest, CentroidOfNothingIsEmpty) { EXPECT_TRUE(centroid({}).empty()); }

}  // namespace
}  // namespace annals::tls
