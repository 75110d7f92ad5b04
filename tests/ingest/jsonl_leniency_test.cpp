// Items 9 and 10 of the hardening issue: JSON records rejected for the
// wrong reason, and repaired lines held to the stated 64 MiB limit.
#include <gtest/gtest.h>

#include <fstream>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using testing::TempDir;

LoadResult load_line(const TempDir& dir, const std::string& line) {
  return load_articles({dir.write("one.jsonl", line + "\n")});
}

TEST(JsonLeniency, NullDateFieldGivesWayToTheNextOne) {
  TempDir dir;
  const auto result = load_line(dir, R"({"time": null, "date": "2011-01-05", "published": 3, "text": "x"})");
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].published.to_string(), "2011-01-05");
  EXPECT_TRUE(result.diagnostics.all().empty());

  const auto only_null = load_line(dir, R"({"time": null, "text": "x"})");
  ASSERT_EQ(only_null.diagnostics.all().size(), 1u);
  EXPECT_EQ(only_null.diagnostics.all()[0].reason.substr(0, 12), "missing date");
}

TEST(JsonLeniency, HugeNumbersInOtherFieldsDoNotCostTheRecord) {
  TempDir dir;
  const auto result = load_line(
      dir, R"({"id": 123456789012345678901234567890, "score": 1e400, "neg": -1E+999, "ok": 2.5, "date": "2011-01-01", "text": "x"})");
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].id, "123456789012345678901234567890");
  EXPECT_TRUE(result.diagnostics.all().empty());
}

TEST(JsonLeniency, MalformedNumbersAreStillMalformed) {
  TempDir dir;
  const auto result = load_line(dir, R"({"n": 1e400, "m": 01, "date": "2011-01-01", "text": "x"})");
  EXPECT_TRUE(result.articles.empty());
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  EXPECT_EQ(result.diagnostics.all()[0].reason.substr(0, 15), "malformed JSON:");
}

TEST(JsonLeniency, LoneSurrogateEscapeIsRepairedWithAWarning) {
  TempDir dir;
  const auto result =
      load_line(dir, R"({"date": "2011-01-01", "text": "a\ud800b \udc00 \ud83d\ude00 \"\\ud800"})");
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].text, "a\xEF\xBF\xBD" "b \xEF\xBF\xBD \xF0\x9F\x98\x80 \"\\ud800");
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  EXPECT_EQ(result.diagnostics.all()[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(result.diagnostics.all()[0].reason,
            "lone UTF-16 surrogate escape (\\ud800-\\udfff) replaced by U+FFFD");
}

TEST(JsonLeniency, TextThatIsNotAStringIsSaidSo) {
  TempDir dir;
  for (const char* value : {"42", "[\"a\"]", "null", "{}"}) {
    const auto result = load_line(dir, std::string(R"({"date": "2011-01-01", "text": )") + value + "}");
    ASSERT_EQ(result.diagnostics.all().size(), 1u) << value;
    EXPECT_EQ(result.diagnostics.all()[0].reason, "`text` is not a string") << value;
  }
}

TEST(JsonLeniency, RepairedLinesUnderTheLimitAreKept) {
  // 23 MB of invalid bytes grow to 69 MB once repaired: over the 64 MiB the
  // parser took before, while the line itself is well under the limit.
  TempDir dir;
  const auto file = (dir.path() / "latin1.jsonl").string();
  {
    std::ofstream out(file, std::ios::binary);
    out << R"({"date": "2011-01-01", "text": ")" << std::string(23'000'000, '\xE9') << "\"}\n";
  }
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].text.size(), 69'000'000u);
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  EXPECT_EQ(result.diagnostics.all()[0].reason, "invalid UTF-8 replaced by U+FFFD");
}

}  // namespace
}  // namespace annals
