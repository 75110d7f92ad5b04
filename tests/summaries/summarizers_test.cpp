#include <gtest/gtest.h>

#include <numeric>

#include "support/articles.h"
#include "summaries/similarity_clusters.h"
#include "vectors/similarity_matrix.h"
#include "summaries/summarizer.h"
#include "summaries/textrank_summarizer.h"

namespace annals::tls {
namespace {

using testing::make_article;

// One article, one sentence per line: three on the flood, one about a
// festival, one duplicate of the first.
Corpus flood_corpus() {
  AnalysisOptions options;
  options.tag_dates = false;
  Article a = make_article("a", "2025-03-03",
                           "River flood water covered the valley road.\n"
                           "Flood water reached valley homes.\n"
                           "The river flood closed the valley school.\n"
                           "A harvest festival opened with music.\n"
                           "River flood water covered the valley road.");
  a.sentence_per_line = true;
  return Corpus::analyze({a}, options);
}

std::vector<std::uint32_t> all_sentences(const Corpus& corpus) {
  std::vector<std::uint32_t> out(corpus.sentences().size());
  std::iota(out.begin(), out.end(), 0);
  return out;
}

class SummarizerTest : public ::testing::TestWithParam<const char*> {};

TEST_P(SummarizerTest, RespectsKAndNeverRepeatsASentence) {
  Corpus corpus = flood_corpus();
  ASSERT_EQ(corpus.sentences().size(), 5u);
  auto candidates = all_sentences(corpus);
  TfidfModel model(corpus, candidates);
  auto summarizer = make_summarizer(GetParam());
  ASSERT_NE(summarizer, nullptr);
  for (std::size_t k : {0u, 1u, 2u}) {
    auto summary = summarizer->summarize(corpus, model, candidates, {k, nullptr});
    EXPECT_EQ(summary.size(), k);
    std::set<std::uint32_t> unique(summary.begin(), summary.end());
    EXPECT_EQ(unique.size(), summary.size());
  }
}

TEST_P(SummarizerTest, FirstPickIsAboutTheFlood) {
  Corpus corpus = flood_corpus();
  auto candidates = all_sentences(corpus);
  TfidfModel model(corpus, candidates);
  auto summary = make_summarizer(GetParam())->summarize(corpus, model, candidates, {1, nullptr});
  ASSERT_EQ(summary.size(), 1u);
  EXPECT_NE(corpus.sentences()[summary[0]].text.find("lood"), std::string::npos);
}

TEST_P(SummarizerTest, OnlyPicksSentencesWithAKeyword) {
  Corpus corpus = flood_corpus();
  auto candidates = all_sentences(corpus);
  TfidfModel model(corpus, candidates);
  std::vector<std::string> keywords = {"festival"};
  auto summary = make_summarizer(GetParam())->summarize(corpus, model, candidates, {2, &keywords});
  ASSERT_EQ(summary.size(), 1u);  // the only sentence with the keyword
  EXPECT_EQ(summary[0], 3u);
}

TEST_P(SummarizerTest, EmptyCandidatesGiveEmptySummary) {
  Corpus corpus = flood_corpus();
  TfidfModel model(corpus, all_sentences(corpus));
  EXPECT_TRUE(make_summarizer(GetParam())->summarize(corpus, model, {}, {2, nullptr}).empty());
}

INSTANTIATE_TEST_SUITE_P(All, SummarizerTest, ::testing::Values("centroid-opt", "centroid-rank", "textrank", "submodular"));

TEST(SummarizerRegistryTest, UnknownNameGivesNull) { EXPECT_EQ(make_summarizer("no-such"), nullptr); }

TEST(SummarizerTest, RankingSummarizersSkipExactDuplicates) {
  Corpus corpus = flood_corpus();
  auto candidates = all_sentences(corpus);
  TfidfModel model(corpus, candidates);
  for (const char* name : {"centroid-opt", "centroid-rank", "textrank"}) {
    auto summary = make_summarizer(name)->summarize(corpus, model, candidates, {5, nullptr});
    std::set<std::string> texts;
    for (auto s : summary) texts.emplace(corpus.sentences()[s].text);
    EXPECT_EQ(texts.size(), summary.size()) << name;
    EXPECT_EQ(summary.size(), 4u) << name;
  }
}

// Unit vectors along terms 0 and 1: a = b = (1, 0), c = (0, 1).
std::vector<SparseVector> two_directions() { return {{{0, 1.0f}}, {{0, 1.0f}}, {{1, 1.0f}}}; }

TEST(PageRankTest, SplitsRankByOutgoingWeight) {
  // a and b link to each other and themselves (weight 1 each); c only to
  // itself. By symmetry and x_c = 0.85 x_c + 0.05, every node has 1/3.
  SimilarityMatrix sim(two_directions());
  auto rank = pagerank(sim);
  ASSERT_EQ(rank.size(), 3u);
  for (double r : rank) EXPECT_NEAR(r, 1.0 / 3, 1e-5);
}

TEST(PageRankTest, EmptyVectorsJumpUniformly) {
  // Node 1 has no weight at all: its rank is spread evenly, node 0 keeps
  // the rest: x1 = (0.85 x1 + 0.15) / 2 → x1 = 0.15 / 1.15.
  SimilarityMatrix sim(std::vector<SparseVector>{{{0, 1.0f}}, {}});
  auto rank = pagerank(sim);
  EXPECT_NEAR(rank[1], 0.15 / 1.15, 1e-5);
  EXPECT_NEAR(rank[0] + rank[1], 1.0, 1e-9);
}

TEST(SimilarityClustersTest, SeparatesTheTwoDirections) {
  std::vector<SparseVector> v = {{{0, 1.0f}}, {{0, 1.0f}}, {{1, 1.0f}}, {{1, 1.0f}}};
  auto label = cluster_by_similarity(SimilarityMatrix(v), 2);
  EXPECT_EQ(label[0], label[1]);
  EXPECT_EQ(label[2], label[3]);
  EXPECT_NE(label[0], label[2]);
}

TEST(SimilarityClustersTest, OneClusterWhenKIsOne) {
  auto label = cluster_by_similarity(SimilarityMatrix(two_directions()), 1);
  EXPECT_EQ(label, (std::vector<std::uint32_t>{0, 0, 0}));
}

}  // namespace
}  // namespace annals::tls
