#include "text/near_copy.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

using Words = std::vector<std::uint32_t>;

TEST(WordCountTest, CountsWhitespaceSeparatedWords) {
  EXPECT_EQ(word_count(""), 0u);
  EXPECT_EQ(word_count("  The dam,  held\tfirm. "), 4u);
  EXPECT_EQ(word_count("one"), 1u);
}

TEST(ContentWordSetTest, SortsAndDropsDuplicates) {
  EXPECT_EQ(content_word_set(Words{7, 3, 7, 1}), (Words{1, 3, 7}));
}

TEST(NearCopyTest, FourFifthsOfTheSentencesWordsMakeACopy) {
  const Words earlier{1, 2, 3, 4, 5};
  EXPECT_TRUE(is_near_copy(Words{1, 2, 3, 4, 9}, earlier));     // 4 of 5 shared
  EXPECT_FALSE(is_near_copy(Words{1, 2, 3, 8, 9}, earlier));    // 3 of 5
  EXPECT_TRUE(is_near_copy(Words{1, 2, 3, 4, 5}, earlier));     // the same words
  EXPECT_FALSE(is_near_copy(Words{1, 2, 3, 4, 5}, Words{}));    // nothing read before
}

TEST(NearCopyTest, ShortenedCopiesCountButTheLongSentenceAfterTheShortDoesNot) {
  const Words long_one{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  const Words short_one{2, 4, 6};
  EXPECT_TRUE(is_near_copy(short_one, long_one));
  EXPECT_FALSE(is_near_copy(long_one, short_one));
}

TEST(NearCopyTest, ASentenceWithoutContentWordsCopiesNothing) {
  EXPECT_FALSE(is_near_copy(Words{}, Words{1, 2}));
  EXPECT_FALSE(is_near_copy(Words{}, Words{}));
}

TEST(NearCopyTest, TheShareIsAParameter) {
  EXPECT_TRUE(is_near_copy(Words{1, 2, 3, 8}, Words{1, 2, 3}, 0.75));
  EXPECT_FALSE(is_near_copy(Words{1, 2, 3, 8}, Words{1, 2, 3}, 0.8));
}

}  // namespace
}  // namespace annals::text
