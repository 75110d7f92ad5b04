#include "corpus/keyword_filter.h"

#include <gtest/gtest.h>

namespace annals::tls {
namespace {

TEST(KeywordFilterTest, MatchesCaseInsensitiveSubstrings) {
  auto keywords = fold_keywords({" Michael", "JACKSON ", ""});
  EXPECT_EQ(keywords, (std::vector<std::string>{"michael", "jackson"}));
  EXPECT_TRUE(matches_keywords("Tributes to MICHAEL poured in.", keywords));
  EXPECT_TRUE(matches_keywords("The Jacksons met.", keywords));
  EXPECT_FALSE(matches_keywords("Fans gathered in London.", keywords));
}

TEST(KeywordFilterTest, NoKeywordsMatchesEverything) { EXPECT_TRUE(matches_keywords("anything", {})); }

TEST(KeywordFilterTest, FoldsNonAsciiCase) {
  auto keywords = fold_keywords({"égypte"});
  EXPECT_TRUE(matches_keywords("L'ÉGYPTE a coupé internet.", keywords));
}

}  // namespace
}  // namespace annals::tls
