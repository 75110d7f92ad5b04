#include "summaries/centroid_opt_summarizer.h"

#include <gtest/gtest.h>

#include "support/articles.h"

namespace annals::tls {
namespace {

using testing::make_article;

// Sentences: 0 and 1 identical, 2 shares nothing with them, 3 shares "valley" with 0.
Corpus corpus() {
  AnalysisOptions options;
  options.tag_dates = false;
  return Corpus::analyze({make_article("a", "2025-03-03",
                                       "Dam burst floods valley.\nDam burst floods valley.\nInquiry opens today.\n"
                                       "Valley farmers count losses.")},
                         options);
}

std::vector<std::uint32_t> summarize(const Corpus& c, std::vector<std::uint32_t> candidates, std::size_t k,
                                     std::vector<std::string> keywords = {},
                                     double max_similarity = CentroidOptSummarizer::kNewsTlsMaxSimilarity) {
  TfidfModel model(c, std::vector<std::uint32_t>{0, 1, 2, 3});
  SummaryRequest request;
  request.sentences = k;
  request.keywords = &keywords;
  return CentroidOptSummarizer(max_similarity).summarize(c, model, candidates, request);
}

TEST(CentroidOptSummarizerTest, FirstPickIsClosestToTheCentroidTiesToTheEarlier) {
  Corpus c = corpus();
  // The centroid leans on the twice-present sentence; 0 and 1 tie, 0 comes first.
  EXPECT_EQ(summarize(c, {0, 1, 2}, 1), (std::vector<std::uint32_t>{0}));
}

TEST(CentroidOptSummarizerTest, NearCopiesAreNeverPickedTwice) {
  Corpus c = corpus();
  EXPECT_EQ(summarize(c, {0, 1, 2}, 2), (std::vector<std::uint32_t>{0, 2}));
  EXPECT_EQ(summarize(c, {0, 1}, 2), (std::vector<std::uint32_t>{0}));
}

TEST(CentroidOptSummarizerTest, KeywordlessCandidatesShapeTheCentroidButAreNotPicked) {
  Corpus c = corpus();
  EXPECT_EQ(summarize(c, {0, 1, 2}, 2, {"inquiry"}), (std::vector<std::uint32_t>{2}));
  EXPECT_EQ(summarize(c, {0, 1, 2}, 2, {"nothing"}), (std::vector<std::uint32_t>{}));
}

TEST(CentroidOptSummarizerTest, SecondPickCompletesTheSummaryRatherThanRepeatingIt) {
  Corpus c = corpus();
  // Centroid of {3, 0, 3, 2}: 3 scores 0.84, 0 0.50, 2 0.39. In round two the
  // second 3 would score highest but is a copy; the summary 3+0 scores 0.89
  // against 0.87 for 3+2 (by hand, with idf over sentences 0-3).
  EXPECT_EQ(summarize(c, {3, 0, 3, 2}, 2), (std::vector<std::uint32_t>{3, 0}));
}

TEST(CentroidOptSummarizerTest, ALowerLimitPassesOverASentenceCloseToOneChosen) {
  Corpus c = corpus();
  // 3 and 0 share "valley": cosine 0.15 by hand; 2 shares nothing with 3.
  EXPECT_EQ(summarize(c, {3, 0, 3, 2}, 2, {}, 0.2), (std::vector<std::uint32_t>{3, 0}));
  EXPECT_EQ(summarize(c, {3, 0, 3, 2}, 2, {}, 0.1), (std::vector<std::uint32_t>{3, 2}));
}

}  // namespace
}  // namespace annals::tls
