#include "engine/headline.h"

#include <gtest/gtest.h>

namespace annals {
namespace {

TEST(HeadlineTest, TitleLosesItsSiteSuffixAndExtraSpaces) {
  EXPECT_EQ(clean_title("  Dam fails\n after   rain | Valley Courier", "Valley Courier"), "Dam fails after rain");
  EXPECT_EQ(clean_title("Dam fails - BBC News", "BBC"), "Dam fails");
  // A dash that does not introduce the outlet is part of the title.
  EXPECT_EQ(clean_title("Dam fails - officials blame rain", "BBC"), "Dam fails - officials blame rain");
  EXPECT_EQ(clean_title("", "BBC"), "");
}

TEST(HeadlineTest, ShortLeadIsKeptWithoutItsFullStop) {
  EXPECT_EQ(compressed_lead("The Hollin Dam collapsed before dawn."), "The Hollin Dam collapsed before dawn");
}

TEST(HeadlineTest, LongLeadIsCutAtItsFirstClause) {
  EXPECT_EQ(compressed_lead("The Hollin Dam in the Brennock Valley collapsed before dawn on Thursday, sending a "
                            "wall of water down the River Orme."),
            "The Hollin Dam in the Brennock Valley collapsed before dawn on Thursday");
  EXPECT_EQ(compressed_lead("Police arrested three executives — the first arrests since the collapse of the dam "
                            "in March."),
            "Police arrested three executives");
}

TEST(HeadlineTest, AClauseTooShortOrNoClauseCutsAtTwelveWords) {
  EXPECT_EQ(compressed_lead("In Eastmere, one two three four five six seven eight nine ten eleven twelve."),
            "In Eastmere, one two three four five six seven eight nine ten…");
  EXPECT_EQ(compressed_lead("one two three four five six seven eight nine ten eleven twelve thirteen"),
            "one two three four five six seven eight nine ten eleven twelve…");
}

}  // namespace
}  // namespace annals
