// Item 3 of the hardening issue: line endings, byte order marks and UTF-16.
#include <gtest/gtest.h>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using testing::TempDir;

TEST(LineEndings, CsvWithCarriageReturnsOnly) {
  TempDir dir;
  const auto file = dir.write("mac.csv", "date,text\r2011-01-01,\"one\rtwo\"\r2011-01-02,three\r");
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 2u);
  EXPECT_EQ(result.articles[0].text, "one\ntwo");
  EXPECT_EQ(result.articles[1].text, "three");
  EXPECT_EQ(result.articles[1].source_line, 4u);
  EXPECT_TRUE(result.diagnostics.all().empty());
}

TEST(LineEndings, CsvWithCarriageReturnsOnlyIsRecognisedByItsHeader) {
  TempDir dir;
  const auto file = dir.write("export.dat", "date,text\r2011-01-01,one\r2011-01-02,two\r");
  const LoadResult result = load_articles({file});
  EXPECT_EQ(result.articles.size(), 2u);
  EXPECT_TRUE(result.diagnostics.all().empty());
}

TEST(LineEndings, JsonLinesWithCarriageReturnsOnly) {
  TempDir dir;
  const auto file = dir.write("mac.jsonl", R"({"date": "2011-01-01", "text": "a"})" "\r"
                                           R"({"date": "2011-01-02", "text": "b"})" "\r");
  EXPECT_EQ(load_articles({file}).articles.size(), 2u);
}

TEST(ByteOrderMark, DoesNotBreakTheFirstRecordOfAnyFormat) {
  TempDir dir;
  const std::string bom = "\xEF\xBB\xBF";
  const auto jsonl = dir.write("a.jsonl", bom + R"({"date": "2011-01-01", "text": "json"})" "\n");
  const auto csv = dir.write("b.csv", bom + "date,text\n2011-01-02,csv\n");
  const auto text = dir.write("c.txt", bom + "date 2011-01-03\n\ndigest\n");
  const auto dataset = dir.write("InputDocs/2011-01-04/1.htm.txt", bom + "Dataset .\n");
  const LoadResult result = load_articles({jsonl, csv, text, dataset});
  ASSERT_EQ(result.articles.size(), 4u);
  EXPECT_EQ(result.articles[0].text, "json");
  EXPECT_EQ(result.articles[1].text, "csv");
  EXPECT_EQ(result.articles[2].text, "digest");
  EXPECT_EQ(result.articles[3].text, "Dataset .\n");
  EXPECT_TRUE(result.diagnostics.all().empty()) << result.diagnostics.all()[0].to_string();
}

// `text` in UTF-16, little or big endian, optionally with a byte order mark.
std::string utf16(const std::string& text, bool little, bool bom) {
  std::string out = bom ? (little ? "\xFF\xFE" : "\xFE\xFF") : "";
  for (char c : text) {
    out += little ? std::string{c, '\0'} : std::string{'\0', c};
  }
  return out;
}

TEST(Utf16, IsNamedAsSuchNotAsBinary) {
  TempDir dir;
  const std::string csv = "date,text\r\n2011-01-01,hello\r\n";
  const auto le_bom = dir.write("le.csv", utf16(csv, true, true));
  const auto be_bom = dir.write("be.jsonl", utf16(R"({"date": "2011-01-01", "text": "x"})", false, true));
  const auto le_plain = dir.write("plain.dat", utf16(csv, true, false));
  const auto in_dataset = dir.write("InputDocs/2011-01-01/1.htm.txt", utf16("Text .\n", false, false));
  const LoadResult result = load_articles({le_bom, be_bom, le_plain, in_dataset});
  EXPECT_TRUE(result.articles.empty());
  ASSERT_EQ(result.diagnostics.all().size(), 4u);
  for (const auto& d : result.diagnostics.all()) {
    EXPECT_EQ(d.reason, "UTF-16 (convert to UTF-8)") << d.to_string();
    EXPECT_EQ(d.severity, Diagnostic::Severity::kError);
  }
}

}  // namespace
}  // namespace annals
