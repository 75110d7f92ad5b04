#include "eval/porter_stemmer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "eval/rouge_counts.h"
#include "eval_test_support.h"

namespace annals::eval {
namespace {

TEST(PorterRouge, SpecExamples) {
  const std::pair<const char*, const char*> cases[] = {
      {"agreement", "agreem"},   {"movement", "movem"},     {"statement", "statem"},
      {"settlement", "settlem"}, {"government", "govern"},  {"adjustment", "adjust"},
      {"protesters", "protest"}, {"killing", "kill"},       {"elections", "elect"},
      {"relational", "relat"},   {"generalization", "gener"}, {"presidential", "presidenti"},
      {"says", "sai"},           {"news", "new"},           {"1990s", "1990"},
      {"yearly", "yearli"},      {"ability", "abil"},       {"yes", "ye"},
      {"be", "be"}};
  for (auto [word, stem] : cases) EXPECT_EQ(porter_rouge(word), stem) << word;
}

// ROUGE-1.5.5's own stems of 77,908 dictionary words: column 2 is its Porter
// stem, column 3 what it uses (words of up to three letters unchanged, else
// the WordNet exception first).
TEST(PorterRouge, MatchesRougeOnItsGoldenWordList) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  std::ifstream in(testing::resources_dir() / "rouge_stemmer_golden.tsv");
  RougeData no_stopwords;  // column 3 is defined for stopwords too
  no_stopwords.exceptions = testing::shared_rouge_data().exceptions;
  RougeAnalyzer analyzer(no_stopwords);
  std::size_t words = 0, porter_mismatches = 0, morph_mismatches = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string word, porter, morph;
    std::getline(fields, word, '\t');
    std::getline(fields, porter, '\t');
    std::getline(fields, morph, '\t');
    ++words;
    std::string stem = porter_rouge(word);
    if (stem != porter && ++porter_mismatches <= 10) ADD_FAILURE() << word << ": " << stem << " != " << porter;
    std::string used = *analyzer.processed(word);
    if (used != morph && ++morph_mismatches <= 10) ADD_FAILURE() << word << ": " << used << " != " << morph;
  }
  EXPECT_EQ(words, 77908u);
  EXPECT_EQ(porter_mismatches, 0u);
  EXPECT_EQ(morph_mismatches, 0u);
}

TEST(RougeAnalyzer, StopwordsLengthRuleAndExceptions) {
  RougeData data;
  data.stopwords = {"the", "news"};
  data.exceptions = {{"went", "go"}, {"men", "man"}, {"children", "child"}};
  RougeAnalyzer analyzer(data);
  EXPECT_EQ(analyzer.processed("news"), nullptr);
  EXPECT_EQ(*analyzer.processed("went"), "go");
  EXPECT_EQ(*analyzer.processed("men"), "men");  // three letters: never stemmed
  EXPECT_EQ(*analyzer.processed("children"), "child");
  EXPECT_EQ(*analyzer.processed("killed"), "kill");
  EXPECT_EQ(*analyzer.processed("ies"), "ies");
}

}  // namespace
}  // namespace annals::eval
