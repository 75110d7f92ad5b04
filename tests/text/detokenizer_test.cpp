#include "text/detokenizer.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

TEST(DetokenizerTest, JoinsPossessivesAndContractions) {
  EXPECT_EQ(detokenize("Trump 's aides did n't know ."), "Trump's aides didn't know.");
  EXPECT_EQ(detokenize("They 're sure we 've won and I 'm glad ."), "They're sure we've won and I'm glad.");
}

TEST(DetokenizerTest, TurnsPtbQuotesIntoStraightQuotes) {
  EXPECT_EQ(detokenize("He said `` no way '' , then left ."), "He said \"no way\", then left.");
  EXPECT_EQ(detokenize("Death was ` not suspicious ' today"), "Death was 'not suspicious' today");
}

TEST(DetokenizerTest, UnescapesPtbSlashesAndStars) {
  EXPECT_EQ(detokenize("Photograph : Jo Marsh\\/AP , and\\/or"), "Photograph: Jo Marsh/AP, and/or");
  EXPECT_EQ(detokenize("\\* March 6 - the dam gives way"), "* March 6 - the dam gives way");
  EXPECT_EQ(detokenize("a \\ b \\n"), "a \\ b \\n");  // other backslashes stay
}

TEST(DetokenizerTest, AttachesPunctuationAndBrackets) {
  EXPECT_EQ(detokenize("the spill ( the worst ever ) cost $ 20 billion , or 5 % ; really ?"),
            "the spill (the worst ever) cost $20 billion, or 5%; really?");
  EXPECT_EQ(detokenize("-LRB- Reuters -RRB- - BP said"), "(Reuters) - BP said");
}

TEST(DetokenizerTest, PlainDoubleQuotesAlternate) {
  EXPECT_EQ(detokenize("She said \" we will stay \" and smiled"), "She said \"we will stay\" and smiled");
}

TEST(DetokenizerTest, JoinsRomanceElisions) {
  EXPECT_EQ(detokenize("L' Égypte a coupé l' accès"), "L'Égypte a coupé l'accès");
  EXPECT_EQ(detokenize("dell' esercito"), "dell'esercito");
}

TEST(DetokenizerTest, UntokenizedTextIsUnchanged) {
  EXPECT_EQ(detokenize("The dam broke on Monday, officials said."), "The dam broke on Monday, officials said.");
  EXPECT_EQ(detokenize(""), "");
}

}  // namespace
}  // namespace annals::text
