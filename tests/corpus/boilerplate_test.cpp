#include "corpus/boilerplate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus/corpus.h"
#include "support/articles.h"

namespace annals {
namespace {

// A made-up word of its own for each (article, slot): no two articles share
// content words, so each is its own story and only what a test adds recurs.
std::string made_up_word(int article, int slot) {
  std::string word = "vel";
  for (int code = article * 16 + slot + 26; code > 0; code /= 26) word += char('a' + code % 26);
  return word;
}

// Two sentences of made-up words, the first naming Valdora.
std::string invented_report(int n) {
  std::string first = "In Valdora", second = "Then";
  for (int slot = 0; slot < 8; ++slot) first += " " + made_up_word(n, slot);
  for (int slot = 8; slot < 16; ++slot) second += " " + made_up_word(n, slot);
  return first + ". " + second + ".";
}

std::string date_of(int n) {
  const int day = 1 + n % 28;
  return "2025-0" + std::to_string(1 + n / 28) + (day < 10 ? "-0" : "-") + std::to_string(day);
}

// `count` articles of `outlet`; those with i < repeats end with `line`.
std::vector<Article> outlet_articles(const std::string& outlet, const std::string& language, int count, int repeats,
                                     const std::string& line, int first = 0) {
  std::vector<Article> out;
  for (int i = 0; i < count; ++i) {
    const int n = first + i;
    std::string text = invented_report(n);
    if (i < repeats) text += " " + line;
    Article a = testing::make_article(outlet + std::to_string(n), date_of(n), text, outlet);
    a.language = language;
    out.push_back(std::move(a));
  }
  return out;
}

// True when a sentence with `needle` is there for methods to select.
bool corpus_has(const Corpus& corpus, const std::string& needle) {
  return std::any_of(corpus.sentences().begin(), corpus.sentences().end(), [&](const Sentence& s) {
    return !s.boilerplate && std::string(s.text).find(needle) != std::string::npos;
  });
}

Corpus corpus_of(std::vector<Article> articles, bool keep_boilerplate = false) {
  CorpusOptions options;
  options.keep_boilerplate = keep_boilerplate;
  return Corpus::analyze(std::move(articles), {}, {}, options);
}

struct Promo {
  std::string language, line, needle;
};

TEST(LearnedBoilerplateTest, AnOutletsRepeatedPromoIsLeftOutInEachLanguage) {
  const Promo promos[] = {
      // Lines no hand pattern knows (text/furniture_sentence.h): only learning finds them.
      {"en", "Our special coverage of the harbour dispute 2025 goes on every morning at seven.", "special coverage"},
      {"es", "Nuestra cobertura especial sobre el puerto de Valdora 2025 sigue en esta web.", "cobertura especial"},
      {"fr", "Notre dossier sp\xC3\xA9" "cial sur le port de Valdora 2025 continue chaque matin.", "dossier sp"},
      {"it", "Il nostro speciale sul porto di Valdora 2025 continua ogni mattina alle sette.", "nostro speciale"},
  };
  for (const Promo& promo : promos) {
    Corpus corpus = corpus_of(outlet_articles("Harbour Notes", promo.language, 20, 8, promo.line));
    EXPECT_FALSE(corpus_has(corpus, promo.needle)) << promo.language;
    EXPECT_TRUE(corpus_has(corpus, "Valdora")) << promo.language;
    EXPECT_EQ(corpus.boilerplate().sentences, 8u) << promo.language;
    EXPECT_EQ(corpus.boilerplate().articles, 8u) << promo.language;
  }
}

TEST(LearnedBoilerplateTest, KeepBoilerplateKeepsIt) {
  const std::string line = "Sign up for the Harbour Notes newsletter to get every story first.";
  Corpus corpus = corpus_of(outlet_articles("Harbour Notes", "en", 20, 8, line), /*keep_boilerplate=*/true);
  EXPECT_TRUE(corpus_has(corpus, "newsletter"));
  EXPECT_EQ(corpus.boilerplate().sentences, 0u);
}

TEST(LearnedBoilerplateTest, CopiesDifferingInCaseDigitsAndStopwordsAreOneLine) {
  std::vector<Article> articles = outlet_articles("Harbour Notes", "en", 20, 0, "");
  const char* variants[] = {"This post is part of our special coverage of the harbour dispute 2024.",
                            "THIS POST IS PART OF OUR SPECIAL COVERAGE OF THE HARBOUR DISPUTE 2025 .",
                            "This post is part of the special coverage of harbour dispute 2026!",
                            "This post is part of our special coverage on the harbour dispute (2027)."};
  for (int i = 0; i < 4; ++i) articles[i].text += std::string(" ") + variants[i];
  EXPECT_FALSE(corpus_has(corpus_of(articles), "special coverage"));
}

TEST(LearnedBoilerplateTest, ReworderVariantsOfOnePromoPoolTheirStories) {
  // No wording reaches 3 stories alone; together the four variants do.
  std::vector<Article> articles = outlet_articles("Voces", "fr", 20, 0, "");
  const char* variants[] = {"Ce billet fait partie du dossier de Voces sur le soulèvement à Valdora 2011.",
                            "Ce billet fait partie du dossier spécial de Voces sur le soulèvement à Valdora 2011.",
                            "Ce billet fait partie du dossier de Voces sur le soulèvement à Valdora 2011/12.",
                            "Ce billet fait partie du dossier spécial de Voces sur la révolte à Valdora 2011."};
  for (int i = 0; i < 4; ++i) articles[i].text += std::string(" ") + variants[i];
  EXPECT_FALSE(corpus_has(corpus_of(articles), "billet"));
}

// The boundary: a line an outlet repeats in at least 3 of its stories and in
// at least a tenth of them is its furniture; under either, it is news.
TEST(LearnedBoilerplateTest, ABackgroundLineAFewStoriesRepeatIsKept) {
  const std::string background = "The blast at the Valdora terminal killed eleven dockworkers.";
  // 40 stories: a tenth is 4.
  EXPECT_TRUE(corpus_has(corpus_of(outlet_articles("Harbour Notes", "en", 40, 3, background)), "eleven dockworkers"));
  EXPECT_FALSE(corpus_has(corpus_of(outlet_articles("Harbour Notes", "en", 40, 4, background)), "eleven dockworkers"));
  // 20 stories: 3 is the floor.
  EXPECT_TRUE(corpus_has(corpus_of(outlet_articles("Harbour Notes", "en", 20, 2, background)), "eleven dockworkers"));
  EXPECT_FALSE(corpus_has(corpus_of(outlet_articles("Harbour Notes", "en", 20, 3, background)), "eleven dockworkers"));
}

TEST(LearnedBoilerplateTest, ALineThatNamesADayIsNewsHoweverOftenItRecurs) {
  const std::string background = "The terminal exploded on March 3, 2025, killing eleven dockworkers.";
  Corpus corpus = corpus_of(outlet_articles("Harbour Notes", "en", 20, 15, background));
  EXPECT_TRUE(corpus_has(corpus, "eleven dockworkers"));
  EXPECT_EQ(corpus.boilerplate().sentences, 0u);
}

TEST(LearnedBoilerplateTest, OutletsDoNotPool) {
  // Each outlet repeats the line in 2 of its 10 stories: 4 of 20 together.
  const std::string line = "Readers can send tips to the harbour desk at any hour.";
  std::vector<Article> articles = outlet_articles("Harbour Notes", "en", 10, 2, line);
  for (Article& a : outlet_articles("Quay Daily", "en", 10, 2, line, 10)) articles.push_back(std::move(a));
  EXPECT_TRUE(corpus_has(corpus_of(articles), "harbour desk"));
}

TEST(LearnedBoilerplateTest, ArticlesOfNoKnownOutletTeachNothing) {
  std::vector<Article> articles = outlet_articles("", "en", 20, 10, "Sign up for our newsletter today, readers.");
  EXPECT_TRUE(corpus_has(corpus_of(articles), "newsletter"));
}

TEST(LearnedBoilerplateTest, VersionsOfOneStoryCountOnce) {
  // One report updated five times repeats all its lines: one story, no furniture.
  std::vector<Article> articles = outlet_articles("Harbour Notes", "en", 15, 0, "");
  const std::string report = invented_report(99) + " Crews worked through the night to clear the flooded quay.";
  for (int v = 0; v < 5; ++v)
    articles.push_back(testing::make_article("update" + std::to_string(v), "2025-02-01", report, "Harbour Notes"));
  EXPECT_TRUE(corpus_has(corpus_of(articles), "flooded quay"));
}

TEST(LearnedBoilerplateTest, FlaggedSentencesStayForTheCorpusStatistics) {
  const std::string line = "Sign up for the Harbour Notes newsletter to get every story first.";
  Corpus flagged = corpus_of(outlet_articles("Harbour Notes", "en", 20, 8, line));
  Corpus kept = corpus_of(outlet_articles("Harbour Notes", "en", 20, 8, line), /*keep_boilerplate=*/true);
  ASSERT_EQ(flagged.sentences().size(), kept.sentences().size());
  EXPECT_EQ(flagged.vocabulary_size(), kept.vocabulary_size());
  std::size_t count = 0;
  for (const Sentence& s : flagged.sentences()) {
    count += s.boilerplate;
    EXPECT_EQ(s.boilerplate, std::string(s.text) == line) << s.text;
  }
  EXPECT_EQ(count, 8u);
}

// A photo caption is furniture after one article already, unlike what is learned.
TEST(PhotoCaptionBoilerplateTest, ACaptionIsLeftOutAndCounted) {
  const std::string caption = "A fisherman walks past the closed pier in Valdora, Wednesday, Oct. 15, 2025.";
  std::vector<Article> articles = outlet_articles("Harbour Notes", "en", 3, 1, caption);
  Corpus corpus = corpus_of(articles);
  EXPECT_FALSE(corpus_has(corpus, "fisherman walks"));
  EXPECT_TRUE(corpus_has(corpus, "Valdora"));
  EXPECT_EQ(corpus.boilerplate().sentences, 1u);
  EXPECT_EQ(corpus.boilerplate().articles, 1u);
  Corpus kept = corpus_of(articles, /*keep_boilerplate=*/true);
  EXPECT_TRUE(corpus_has(kept, "fisherman walks"));
  EXPECT_EQ(kept.boilerplate().sentences, 0u);
}

TEST(PhotoCaptionBoilerplateTest, AReportOfTheDayIsKept) {
  const std::string report = "The harbour master said the pier would reopen on Wednesday, Oct. 15, 2025.";
  Corpus corpus = corpus_of(outlet_articles("Harbour Notes", "en", 3, 1, report));
  EXPECT_TRUE(corpus_has(corpus, "would reopen"));
  EXPECT_EQ(corpus.boilerplate().sentences, 0u);
}

// A series promo is furniture the first time it is seen, in any language.
TEST(FurnitureSentenceBoilerplateTest, APromoSeenOnceIsLeftOutAndCounted) {
  const std::string promo = "Este post es parte de nuestra cobertura especial Temporal en Valdora 2025.";
  std::vector<Article> articles = outlet_articles("Notas del Puerto", "es", 3, 1, promo);
  Corpus corpus = corpus_of(articles);
  EXPECT_FALSE(corpus_has(corpus, "cobertura especial"));
  EXPECT_EQ(corpus.boilerplate().sentences, 1u);
  EXPECT_EQ(corpus.boilerplate().articles, 1u);
  Corpus kept = corpus_of(articles, /*keep_boilerplate=*/true);
  EXPECT_TRUE(corpus_has(kept, "cobertura especial"));
  EXPECT_EQ(kept.boilerplate().sentences, 0u);
}

}  // namespace
}  // namespace annals
