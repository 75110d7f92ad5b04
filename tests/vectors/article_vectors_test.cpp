#include "vectors/article_vectors.h"

#include <gtest/gtest.h>

#include <numeric>

#include "support/articles.h"

namespace annals::tls {
namespace {

using annals::testing::make_article;

// Vectors are L2-normalised, so dot is the cosine. news-tls's clust vectorises "title text": an article's title words are
// part of its vector, so two articles that share only their titles' words
// are alike.
TEST(ArticleVectorsTest, TheTitleIsPartOfTheArticle) {
  const Corpus corpus = Corpus::analyze(
      {make_article("a", "2025-03-10", "Crews worked through the night at the harbour.", "Gazette", "",
                    "Pier inquiry"),
       make_article("b", "2025-03-10", "Rescue teams reached the valley villages.", "Herald", "", "Pier inquiry"),
       make_article("c", "2025-03-10", "Rescue teams reached the valley villages.", "Courier")});
  std::vector<std::uint32_t> all(corpus.article_count());
  std::iota(all.begin(), all.end(), 0u);
  const std::vector<SparseVector> vectors = article_vectors(corpus, all);
  ASSERT_EQ(vectors.size(), 3u);
  EXPECT_GT(dot(vectors[0], vectors[1]), 0.0);   // the titles' words
  EXPECT_EQ(dot(vectors[0], vectors[2]), 0.0f);  // nothing shared
  EXPECT_LT(dot(vectors[1], vectors[2]), 0.999);  // the same text, one titled
  EXPECT_EQ(corpus.title_terms(2).size(), 0u);
  EXPECT_EQ(corpus.title_terms(0).size(), 2u);       // "pier", "inquiri"
}

}  // namespace
}  // namespace annals::tls
