#include "text/stemmer.h"

#include <gtest/gtest.h>

#include "text/stopwords.h"

namespace annals::text {
namespace {

TEST(StemmerTest, StemsEachLanguageWithItsSnowballAlgorithm) {
  EXPECT_EQ(Stemmer("en").stem("protesters"), "protest");
  EXPECT_EQ(Stemmer("en").stem("running"), "run");
  EXPECT_EQ(Stemmer("es").stem("manifestaciones"), "manifest");
  EXPECT_EQ(Stemmer("fr").stem("manifestations"), "manifest");
  EXPECT_EQ(Stemmer("it").stem("manifestazioni"), "manifest");
  EXPECT_EQ(Stemmer("de").stem("demonstrationen"), "demonstration");
}

TEST(StemmerTest, UnknownLanguageFallsBackToEnglish) { EXPECT_EQ(Stemmer("xx").stem("flooded"), "flood"); }

TEST(StopwordsTest, ListsDependOnLanguage) {
  EXPECT_TRUE(is_stopword("en", "the"));
  EXPECT_FALSE(is_stopword("en", "dam"));
  EXPECT_TRUE(is_stopword("es", "los"));
  EXPECT_TRUE(is_stopword("fr", "les"));
  EXPECT_TRUE(is_stopword("it", "della"));
  EXPECT_TRUE(is_stopword("de", "und"));
  EXPECT_FALSE(is_stopword("es", "presa"));
}

}  // namespace
}  // namespace annals::text
