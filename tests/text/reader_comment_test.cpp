#include "text/reader_comment.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

TEST(PostingStamp, StampBeforeTheComment) {
  EXPECT_TRUE(has_posting_stamp("March 21, 2011 at 1:32 pm | Not under the pretext he gave."));
  EXPECT_TRUE(has_posting_stamp("March 21 , 2011 at 2:23 pm | Ken from Pinon Hills , California Because"));
  EXPECT_TRUE(has_posting_stamp("21 March 2011 at 11:05 AM| I agree."));
  EXPECT_TRUE(has_posting_stamp("June 3, 2010 at 9:10 p.m. | Cap the well."));
  EXPECT_TRUE(has_posting_stamp("2011-03-21 at 13:32 | Fine."));
  EXPECT_TRUE(has_posting_stamp("To Bad !! March 21, 2011 at 1:39 pm | That we are taking out their might."));
}

TEST(PostingStamp, StampAfterTheComment) {
  EXPECT_TRUE(has_posting_stamp("They should resign. Posted by : shane | September 24 , 2008 4:50 PM | Report abuse"));
  EXPECT_TRUE(has_posting_stamp("Posted by: ann | 2010-06-14 09:12 | Report abuse"));
}

TEST(PostingStamp, StampThatNamesTheCommenter) {
  EXPECT_TRUE(has_posting_stamp("At 2:10 pm on 02 Jun 2009, ghostwriter wrote: As much as I agree."));
  EXPECT_TRUE(has_posting_stamp("At 09:06 am on 16 Jun 2010 , Sam Price wrote : Cap it."));
  EXPECT_TRUE(has_posting_stamp("At 11:40am on 03 Mar 2011, jo wrote: No."));
  EXPECT_TRUE(has_posting_stamp("At 08:28 30th Apr 2009, pierfan20 wrote: The pier was doomed."));
  EXPECT_FALSE(has_posting_stamp("At 08:28 on the 30th, the harbour master wrote: close the pier."));
  // Reporting that quotes a letter is not a comment.
  EXPECT_FALSE(has_posting_stamp("At 9:30 am on 3 June 2010, chief executive Ann Roe wrote: \"We will fix it.\""));
  EXPECT_FALSE(has_posting_stamp("Well said. At 11:40 am on 03 Mar 2011, jo wrote: No."));
  EXPECT_FALSE(has_posting_stamp("At 2:10 pm on 02 Jun 2009, the minister wrote to the council."));  // no colon
  EXPECT_FALSE(has_posting_stamp("At 2:10 pm the minister wrote: resign."));                           // no date
  EXPECT_FALSE(has_posting_stamp("Cat 2:10 pm on 02 Jun 2009, x wrote: y"));
}

TEST(PostingStamp, OnlyABarRightAfterTheStampCounts) {
  EXPECT_TRUE(has_posting_stamp("Scores | 3 | 4 | March 1, 2011 at 1:39 pm | text"));
  EXPECT_FALSE(has_posting_stamp("Home | World | Africa"));
  EXPECT_FALSE(has_posting_stamp("Markets closed at 4:30 pm | Dow down"));  // no date before the time
  EXPECT_FALSE(has_posting_stamp("U.S. warns Libya TRIPOLI | Tue Mar 1, 2011 6:36 pm EST TRIPOLI (Reuters) - Libya"));
}

TEST(PostingStamp, NewsTimesAreNotStamps) {
  EXPECT_FALSE(has_posting_stamp("As of 5-27-2010 at 9:10 pm they are still using this chemical."));
  EXPECT_FALSE(has_posting_stamp("Publié le 13 janvier 2014 à 15h15 - Mis à jour le 14 janvier 2014"));
  EXPECT_FALSE(has_posting_stamp("The vote on March 21, 2011 at 1:32 pm was close."));
  EXPECT_FALSE(has_posting_stamp(""));
  EXPECT_FALSE(has_posting_stamp("|"));
}

TEST(PostingStamp, StampMustBeWholeWords) {
  EXPECT_FALSE(has_posting_stamp("March 21, 2011 cat 1:32 pm | x"));
  EXPECT_FALSE(has_posting_stamp("March 21, 20112 at 1:32 pm | x"));
  EXPECT_FALSE(has_posting_stamp("March 21, 2011 at 21:32:05 | x"));
  EXPECT_FALSE(has_posting_stamp("March 21, 2011 at 1:3 pm | x"));
  EXPECT_FALSE(has_posting_stamp("March 21, 2011 at 1:32 m | x"));
}

}  // namespace
}  // namespace annals::text
