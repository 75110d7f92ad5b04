#include "corpus/corpus.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "support/articles.h"

namespace annals {
namespace {

// Enough articles for several analysis blocks, with overlapping vocabulary.
std::vector<Article> many_articles() {
  std::vector<Article> articles;
  const char* texts[] = {"The dam failed on Monday. Engineers warned of seepage.",
                         "Engineers inspected the failed dam. Villages flooded.",
                         "Flooded villages were evacuated. The inquiry opened."};
  for (int i = 0; i < 300; ++i)
    articles.push_back(testing::make_article("a" + std::to_string(i), "2025-03-0" + std::to_string(1 + i % 9),
                                             texts[i % 3] + std::string(" Word") + std::to_string(i % 50) + "."));
  return articles;
}

std::vector<std::vector<std::string>> sentence_terms(const Corpus& corpus) {
  std::vector<std::vector<std::string>> out;
  for (const Sentence& s : corpus.sentences()) {
    auto& terms = out.emplace_back();
    for (TermId t : s.terms) terms.push_back(corpus.term(t));
  }
  return out;
}

TEST(CorpusTest, SameResultWhateverTheThreadCount) {
  AnalysisOptions one, two;
  one.threads = 1;
  two.threads = 2;
  Corpus a = Corpus::analyze(many_articles(), one);
  Corpus b = Corpus::analyze(many_articles(), two);
  ASSERT_EQ(a.sentences().size(), b.sentences().size());
  EXPECT_EQ(a.vocabulary_size(), b.vocabulary_size());
  for (std::size_t s = 0; s < a.sentences().size(); ++s) EXPECT_EQ(a.sentences()[s].terms, b.sentences()[s].terms);
  EXPECT_EQ(sentence_terms(a), sentence_terms(b));
}

TEST(CorpusTest, EveryStemHasOneId) {
  AnalysisOptions two;
  two.threads = 2;
  Corpus corpus = Corpus::analyze(many_articles(), two);
  std::set<std::string> distinct;
  for (TermId t = 0; t < corpus.vocabulary_size(); ++t) distinct.insert(corpus.term(t));
  EXPECT_EQ(distinct.size(), corpus.vocabulary_size());
}

TEST(CorpusTest, SentencesKeepArticleAndPosition) {
  std::vector<Article> articles = {
      testing::make_article("x", "2025-03-01", "First one. Second one."),
      testing::make_article("y", "2025-03-02", "Only one here."),
  };
  articles[1].text = "Line one , tokenized .\nLine two 's end .";
  articles[1].sentence_per_line = true;
  Corpus corpus = Corpus::analyze(articles);
  ASSERT_EQ(corpus.sentences().size(), 4u);
  EXPECT_EQ(corpus.sentence_count(0), 2u);
  EXPECT_EQ(corpus.first_sentence(1), 2u);
  const Sentence& last = corpus.sentences()[3];
  EXPECT_EQ(last.article, 1u);
  EXPECT_EQ(last.position, 1u);
  EXPECT_EQ(last.text, "Line two's end.");
  EXPECT_EQ(corpus.sentences()[2].text, "Line one, tokenized.");
}

TEST(CorpusTest, AttachesDateMentionsResolvedAgainstPublication) {
  Corpus corpus = Corpus::analyze({testing::make_article("x", "2025-03-06", "The dam failed yesterday.")});
  ASSERT_EQ(corpus.sentences().size(), 1u);
  const auto& mentions = corpus.sentences()[0].mentions;
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].value, "2025-03-05");
  EXPECT_EQ(corpus.sentences()[0].text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin), "yesterday");
}

TEST(CorpusTest, FurnitureAndDatelineGiveTheSentenceNoWordsAndNoDates) {
  Corpus corpus = Corpus::analyze({testing::make_article(
      "x", "2010-11-03",
      "Dam inquiry widens Tuesday 2 November 2010 08.06 GMT Engineers found seepage at the Hollin dam on Monday.\n"
      "CARROWMOUTH, March 6 (Meridian) - Engineers inspected the spillway of the Hollin dam again.")});
  ASSERT_EQ(corpus.sentences().size(), 2u);
  const std::vector<std::vector<std::string>> terms = sentence_terms(corpus);
  for (const std::string& furniture : {"inquiri", "widen", "gmt", "carrowmouth", "meridian"})
    for (const auto& sentence : terms) EXPECT_EQ(std::count(sentence.begin(), sentence.end(), furniture), 0) << furniture;
  EXPECT_EQ(std::count(terms[0].begin(), terms[0].end(), "seepag"), 1);
  // The page stamp's date is not a mention; "on Monday" is, at its place in the whole text.
  const Sentence& first = corpus.sentences()[0];
  ASSERT_EQ(first.mentions.size(), 1u);
  EXPECT_EQ(first.mentions[0].value, "2010-11-01");
  EXPECT_EQ(first.text.substr(first.mentions[0].begin, first.mentions[0].end - first.mentions[0].begin), "Monday");
  EXPECT_TRUE(corpus.sentences()[1].mentions.empty());  // "March 6" belongs to the dateline
  EXPECT_TRUE(first.text.starts_with("Dam inquiry widens"));  // the text is kept whole; a timeline cuts it when shown
}

// A news page whose reader comments follow the article, one sentence per line
// as Timeline17 stores them.
std::vector<Article> page_with_comments() {
  Article page = testing::make_article("page", "2011-03-21", "");
  page.sentence_per_line = true;
  page.text =
      "Allied strikes hit Libya on Saturday .\n"
      "The president spoke this afternoon .\n"
      "March 21 , 2011 at 1:32 pm | Not under the pretext he gave .\n"
      "I think it is about oil .\n"
      "Jo March 21 , 2011 at 1:36 pm | Agreed .";
  return {page, testing::make_article("plain", "2011-03-21", "No comments here. None at all.")};
}

TEST(CorpusTest, LeavesOutReaderCommentsAndCountsThem) {
  Corpus corpus = Corpus::analyze(page_with_comments());
  ASSERT_EQ(corpus.sentence_count(0), 2u);
  EXPECT_EQ(corpus.sentences_of(0)[1].text, "The president spoke this afternoon.");
  EXPECT_EQ(corpus.sentence_count(1), 2u);
  EXPECT_EQ(corpus.reader_comments().articles, 1u);
  EXPECT_EQ(corpus.reader_comments().sentences, 3u);
}

TEST(CorpusTest, CommentCountsAddUpOverWorkers) {
  // 200 pages span several analysis blocks, so both workers see some.
  std::vector<Article> pages;
  for (int i = 0; i < 100; ++i)
    for (Article& a : page_with_comments()) pages.push_back(std::move(a));
  AnalysisOptions two;
  two.threads = 2;
  Corpus corpus = Corpus::analyze(std::move(pages), two);
  EXPECT_EQ(corpus.reader_comments().articles, 100u);
  EXPECT_EQ(corpus.reader_comments().sentences, 300u);
  EXPECT_EQ(corpus.sentences().size(), 400u);
}

TEST(CorpusTest, StampInTheFirstSentenceBelongsToTheArticle) {
  Corpus corpus = Corpus::analyze({testing::make_article(
      "blog", "2011-03-21", "Posted on March 21, 2011 at 1:32 pm | by Jo Reed. The strikes went on. Allies met.")});
  EXPECT_EQ(corpus.sentence_count(0), 3u);
  EXPECT_EQ(corpus.reader_comments().articles, 0u);
}

TEST(CorpusTest, StampCutBeforeItsBarIsStillFound) {
  // The sentence breaker ends a sentence after "p.m." when the bar follows.
  Corpus corpus = Corpus::analyze({testing::make_article(
      "page", "2010-06-03", "The well leaked again. Crews tried a cap. June 3, 2010 at 9:10 p.m. | Cap the well.")});
  EXPECT_EQ(corpus.reader_comments().articles, 1u);
  ASSERT_EQ(corpus.sentence_count(0), 2u);
  EXPECT_EQ(corpus.sentences_of(0)[1].text, "Crews tried a cap.");
}

TEST(CorpusTest, KeepsReaderCommentsWhenAsked) {
  AnalysisOptions options;
  options.keep_reader_comments = true;
  Corpus corpus = Corpus::analyze(page_with_comments(), options);
  EXPECT_EQ(corpus.sentence_count(0), 5u);
  EXPECT_EQ(corpus.reader_comments().sentences, 0u);
  // The posting stamp is then an ordinary date mention.
  ASSERT_FALSE(corpus.sentences_of(0)[2].mentions.empty());
  EXPECT_EQ(corpus.sentences_of(0)[2].mentions[0].value, "2011-03-21");
}

}  // namespace
}  // namespace annals
