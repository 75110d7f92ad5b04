#include "text/tokenizer.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  tokenize(s, out);
  return out;
}

TEST(TokenizerTest, SplitsOnPunctuationAndLowercases) {
  EXPECT_EQ(tokens("BP's well, sealed (finally)!"),
            (std::vector<std::string>{"bp", "s", "well", "sealed", "finally"}));
}

TEST(TokenizerTest, PtbAndRunningTextGiveTheSameTokens) {
  EXPECT_EQ(tokens("Jackson 's doctor , Dr Murray ."), tokens("Jackson's doctor, Dr Murray."));
}

TEST(TokenizerTest, KeepsAccentedLettersAndDigits) {
  EXPECT_EQ(tokens("L'Égypte: 30 ans, H1N1"), (std::vector<std::string>{"l", "égypte", "30", "ans", "h1n1"}));
}

TEST(TokenizerTest, InvalidBytesSeparateTokens) {
  EXPECT_EQ(tokens("ab\xFF" "cd"), (std::vector<std::string>{"ab", "cd"}));
  EXPECT_TRUE(tokens("").empty());
  EXPECT_TRUE(tokens("... -- !!").empty());
}

}  // namespace
}  // namespace annals::text
