#include "formats/python_text.h"

#include <gtest/gtest.h>

namespace annals::eval {
namespace {

constexpr std::string_view kFffd = "\xEF\xBF\xBD";

std::string repeat_fffd(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += kFffd;
  return out;
}

// Expected values are what Python 3.11 prints for bytes.decode("utf-8", "replace").
TEST(PythonText, ReplacesMaximalInvalidSubparts) {
  EXPECT_EQ(decode_utf8_replace("\xE0\x80"), repeat_fffd(2));
  EXPECT_EQ(decode_utf8_replace("\xE2\x82"), repeat_fffd(1));
  EXPECT_EQ(decode_utf8_replace("\xF0\x9F\x98"), repeat_fffd(1));
  EXPECT_EQ(decode_utf8_replace("a\xFF" "b"), "a" + repeat_fffd(1) + "b");
  EXPECT_EQ(decode_utf8_replace("\xED\xA0\x80"), repeat_fffd(3));  // surrogate
  EXPECT_EQ(decode_utf8_replace("\xF4\x90\x80\x80"), repeat_fffd(4));  // above U+10FFFF
  EXPECT_EQ(decode_utf8_replace("\xC0\xAF"), repeat_fffd(2));  // overlong
  EXPECT_EQ(decode_utf8_replace("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(PythonText, SplitlinesBreaksWherePythonDoes) {
  std::string text = "a\x0b" "b\x1c" "c\xE2\x80\xA8" "d\r\ne\rf\n\ng\n";
  std::vector<std::string_view> expected = {"a", "b", "c", "d", "e", "f", "", "g"};
  EXPECT_EQ(python_splitlines(text), expected);
  EXPECT_TRUE(python_splitlines("").empty());
}

TEST(PythonText, StripAndSplitUseUnicodeWhitespace) {
  EXPECT_EQ(python_strip("\xE3\x80\x80 x y\xC2\xA0\t"), "x y");  // U+3000, NBSP
  EXPECT_EQ(python_strip(" \t "), "");
  std::vector<std::string_view> expected = {"New", "York", "caf\xC3\xA9"};
  EXPECT_EQ(python_split(" New\xC2\xA0York \xE2\x80\x83 caf\xC3\xA9 "), expected);  // NBSP, em space
  EXPECT_TRUE(python_split("  ").empty());
}

}  // namespace
}  // namespace annals::eval
