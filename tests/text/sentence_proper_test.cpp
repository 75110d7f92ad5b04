#include "text/sentence_proper.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

std::string_view shown(std::string_view sentence, bool opens_article = false) {
  return sentence.substr(find_sentence_proper(sentence, {"en", opens_article}).begin);
}

// Hand-written stacks of what pages glue before a sentence.
TEST(SentenceProperTest, FurnitureBeforeAndAfterADatelineIsCut) {
  EXPECT_EQ(shown("AP NEW ORLEANS -- By Ana Ruiz, Staff Writer The pier closed on Monday after the storm."),
            "The pier closed on Monday after the storm.");
  EXPECT_EQ(shown("NEW ORLEANS -- HOW THE OIL FUNNEL WORKS The funnel is a tall iron box lowered on a cable."),
            "The funnel is a tall iron box lowered on a cable.");
  EXPECT_EQ(shown("By Ana Ruiz, Valley Times Staff Writer CARROWMOUTH -- The pier closed on Monday after the storm."),
            "The pier closed on Monday after the storm.");
  const SentenceProper wire = find_sentence_proper("AP NEW ORLEANS -- Crews closed the well on Monday night.", {"en", true});
  ASSERT_TRUE(wire.dateline.has_value());
  EXPECT_EQ(wire.dateline->place, "NEW ORLEANS");
  EXPECT_EQ(wire.dateline->agency, "AP");
  EXPECT_TRUE(wire.headline.empty());
}

}  // namespace
}  // namespace annals::text
