#include <gtest/gtest.h>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using testing::TempDir;
using testing::find_diagnostic;

TEST(TextLoader, EachParagraphIsAnArticleDatedByTheDateLineAbove) {
  TempDir dir;
  const auto file = dir.write("digest.out",
                              "date 2009-06-25\n"
                              "Michael Jackson dies.\n"
                              "\n"
                              "Fans gather in Los Angeles\n"
                              "outside the hospital.\n"
                              "\n"
                              "date 2009-07-07\n"
                              "A memorial is held.\n");
  const LoadResult result = load_articles({file});
  EXPECT_TRUE(result.diagnostics.all().empty());
  ASSERT_EQ(result.articles.size(), 3u);
  EXPECT_EQ(result.articles[0].id, file + "#1");
  EXPECT_EQ(result.articles[0].published.to_string(), "2009-06-25");
  EXPECT_EQ(result.articles[0].text, "Michael Jackson dies.");
  EXPECT_EQ(result.articles[1].text, "Fans gather in Los Angeles outside the hospital.");
  EXPECT_EQ(result.articles[1].source_line, 4u);
  EXPECT_EQ(result.articles[2].id, file + "#3");
  EXPECT_EQ(result.articles[2].published.to_string(), "2009-07-07");
  EXPECT_FALSE(result.articles[2].sentence_per_line);
}

TEST(TextLoader, ExplicitFormatAndBadDateLines) {
  TempDir dir;
  const auto file = dir.write("digest.txt",
                              "Orphan paragraph.\n"
                              "\n"
                              "date 2009-13-01\n"
                              "Undated.\n"
                              "\n"
                              "date 2009-06-25\n"
                              "Kept.\n");
  LoadOptions options;
  options.format = InputFormat::kText;
  const LoadResult result = load_articles({file}, options);
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].text, "Kept.");
  const auto* bad_date = find_diagnostic(result, "unknown date format: \"2009-13-01\"");
  ASSERT_NE(bad_date, nullptr);
  EXPECT_EQ(bad_date->line, 3u);
  ASSERT_NE(find_diagnostic(result, "paragraph without a valid"), nullptr);
  EXPECT_EQ(result.diagnostics.error_count(), 3u);
}

TEST(TextLoader, ASentenceStartingWithDateIsText) {
  TempDir dir;
  const auto file = dir.write("digest.txt", "date 2009-06-25\n\ndate 2009-06-25 is when he died.\n");
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].text, "date 2009-06-25 is when he died.");
}

TEST(TextLoader, OverLongParagraphIsSkippedAndLaterOnesKeepTheirIds) {
  TempDir dir;
  const std::string line(std::size_t{1} << 20, 'a');
  std::string content = "date 2009-06-25\nshort\n\n";
  for (int i = 0; i < 65; ++i) content += line + "\n";
  content += "\nafter\n";
  const auto file = dir.write("digest.txt", content);
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 2u);
  EXPECT_EQ(result.articles[1].text, "after");
  EXPECT_EQ(result.articles[1].id, file + "#3");
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  EXPECT_EQ(result.diagnostics.all()[0].line, 4u);
  EXPECT_EQ(result.diagnostics.all()[0].reason, "paragraph too long (over 64 MiB), skipped");
}

}  // namespace
}  // namespace annals

namespace annals {
namespace {

TEST(TextLoader, AttributionSuffixesBecomeMetadataNotText) {
  testing::TempDir dir;
  const auto file = dir.write("digest.txt",
                              "date 2025-03-06\n\n"
                              "The dam failed. — Meridian Press Agency (also: The National Ledger, Bourse Daily)\n\n"
                              "Sirens sounded. — Lowford Gazette\n\n"
                              "Nobody named it. (also: Valley Courier)\n\n"
                              "Plain sentence.\n");
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 4u);
  EXPECT_EQ(result.articles[0].text, "The dam failed.");
  EXPECT_EQ(result.articles[0].outlet, "Meridian Press Agency");
  EXPECT_EQ(result.articles[1].text, "Sirens sounded.");
  EXPECT_EQ(result.articles[1].outlet, "Lowford Gazette");
  EXPECT_EQ(result.articles[2].text, "Nobody named it.");
  EXPECT_EQ(result.articles[2].outlet, "");
  EXPECT_EQ(result.articles[3].text, "Plain sentence.");
}

TEST(TextLoader, EscapedDashesAndAlsoStayInTheSentence) {
  testing::TempDir dir;
  // As the writer escapes "Rain fell — heavily (also: hail)" and "a \— b".
  const auto file = dir.write("digest.txt",
                              "date 2025-03-06\n\n"
                              "Rain fell \\— heavily \\(also: hail) — Valley Courier\n\n"
                              "Rain fell \\— heavily\n\n"
                              "a \\\\— b\n");
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 3u);
  EXPECT_EQ(result.articles[0].text, "Rain fell — heavily (also: hail)");
  EXPECT_EQ(result.articles[0].outlet, "Valley Courier");
  EXPECT_EQ(result.articles[1].text, "Rain fell — heavily");
  EXPECT_EQ(result.articles[1].outlet, "");
  EXPECT_EQ(result.articles[2].text, "a \\— b");
}

}  // namespace
}  // namespace annals
