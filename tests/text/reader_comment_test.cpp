#include "text/reader_comment.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

TEST(ReaderComment, PostingStampWithBarOpensAComment) {
  EXPECT_TRUE(opens_reader_comment("March 21, 2011 at 1:32 pm | Not under the pretext he gave."));
  EXPECT_TRUE(opens_reader_comment("March 21 , 2011 at 2:23 pm | Ken from Pinon Hills , California Because"));
  EXPECT_TRUE(opens_reader_comment("21 March 2011 at 11:05 AM| I agree."));
  EXPECT_TRUE(opens_reader_comment("June 3, 2010 at 9:10 p.m. | Cap the well."));
  EXPECT_TRUE(opens_reader_comment("2011-03-21 at 13:32 | Fine."));
}

TEST(ReaderComment, CommenterNameMayComeFirst) {
  EXPECT_TRUE(opens_reader_comment("To Bad !! March 21, 2011 at 1:39 pm | That we are taking out their might."));
}

TEST(ReaderComment, BarsElsewhereDoNotCount) {
  EXPECT_TRUE(opens_reader_comment("Scores | 3 | 4 | March 1, 2011 at 1:39 pm | text"));
  EXPECT_FALSE(opens_reader_comment("Home | World | Africa"));
  EXPECT_FALSE(opens_reader_comment("Markets closed at 4:30 pm | Dow down"));  // no year before "at"
}

TEST(ReaderComment, NewsTimesAreNotComments) {
  EXPECT_FALSE(opens_reader_comment("As of 5-27-2010 at 9:10 pm they are still using this chemical."));
  EXPECT_FALSE(opens_reader_comment("Publié le 13 janvier 2014 à 15h15 - Mis à jour le 14 janvier 2014"));
  EXPECT_FALSE(opens_reader_comment("The vote on March 21, 2011 at 1:32 pm was close."));
  EXPECT_FALSE(opens_reader_comment(""));
  EXPECT_FALSE(opens_reader_comment("|"));
}

TEST(ReaderComment, StampMustBeWholeWords) {
  EXPECT_FALSE(opens_reader_comment("March 21, 2011 cat 1:32 pm | x"));
  EXPECT_FALSE(opens_reader_comment("March 21, 20112 at 1:32 pm | x"));
  EXPECT_FALSE(opens_reader_comment("March 21, 2011 at 21:32:05 | x"));
  EXPECT_FALSE(opens_reader_comment("March 21, 2011 at 1:3 pm | x"));
  EXPECT_FALSE(opens_reader_comment("March 21, 2011 at 1:32 m | x"));
}

}  // namespace
}  // namespace annals::text
