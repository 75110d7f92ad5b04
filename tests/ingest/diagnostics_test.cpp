// Items 7 and 8 of the hardening issue: diagnostics cannot be forged by the
// data they quote, and millions of them cost bounded memory.
#include "annals/diagnostics.h"

#include <gtest/gtest.h>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

TEST(DiagnosticText, ControlCharactersAndInvalidUtf8AreEscaped) {
  Diagnostic d{Diagnostic::Severity::kError, "in\nput.jsonl", 3,
               "unknown date format: \"x\ninput.jsonl:4: error: forged\x1b[2J\t\\ caf\xE9 \xC2\x9B ok\xC3\xA9\""};
  EXPECT_EQ(d.to_string(),
            "in\\nput.jsonl:3: error: unknown date format: \"x\\ninput.jsonl:4: error: forged\\x1b[2J\\t\\\\ "
            "caf\\xe9 \\u009b ok\xC3\xA9\"");
}

TEST(DiagnosticText, ForgedLineInARecordStaysOnOneLine) {
  testing::TempDir dir;
  const auto file = dir.write("a.jsonl", "{\"date\": \"x\\ninput:9: error: fake\", \"text\": \"t\"}\n");
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  EXPECT_EQ(result.diagnostics.all()[0].to_string().find('\n'), std::string::npos);
}

TEST(DiagnosticText, NotesAndCountsOfMore) {
  Diagnostic d{Diagnostic::Severity::kNote, "dir/.git", 0, "skipped: hidden", 4};
  EXPECT_EQ(d.to_string(), "dir/.git: note: skipped: hidden (and 4 more like this)");
}

TEST(Diagnostics, KeepASampleAndExactCounts) {
  Diagnostics diagnostics;
  const std::size_t n = 3 * Diagnostics::kSamplePerFile + 7;
  for (std::size_t i = 1; i <= n; ++i) diagnostics.error("big.jsonl", i, "malformed JSON: line " + std::to_string(i));
  diagnostics.warning("big.jsonl", n + 1, "invalid UTF-8 replaced by U+FFFD");
  diagnostics.error("other.jsonl", 1, "missing date");
  EXPECT_EQ(diagnostics.error_count(), n + 1);
  EXPECT_EQ(diagnostics.warning_count(), 1u);
  const auto& all = diagnostics.all();
  // The sample of big.jsonl, whose last one stands for the rest; a new kind
  // after the sample is still shown once; the other file has its own sample.
  ASSERT_EQ(all.size(), Diagnostics::kSamplePerFile + 2);
  EXPECT_EQ(all[Diagnostics::kSamplePerFile - 1].line, Diagnostics::kSamplePerFile);
  EXPECT_EQ(all[Diagnostics::kSamplePerFile - 1].more, n - Diagnostics::kSamplePerFile);
  EXPECT_EQ(all[Diagnostics::kSamplePerFile - 1].to_string(),
            "big.jsonl:1000: error: malformed JSON: line 1000 (and 2007 more like this)");
  EXPECT_EQ(all[Diagnostics::kSamplePerFile].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(all.back().file, "other.jsonl");
}

TEST(Diagnostics, ManyKindsAreBoundedToo) {
  Diagnostics diagnostics;
  // Reasons that differ in their first word: every one is a new kind.
  for (int i = 0; i < 100000; ++i) diagnostics.error("f.csv", i + 1, std::string(1, 'a' + i % 26) + std::to_string(i));
  for (int i = 0; i < 100000; ++i) diagnostics.error("f.csv", i + 1, "x" + std::string(1, 'a' + i % 26) + "y" + std::string(1, 'a' + (i / 26) % 26));
  EXPECT_EQ(diagnostics.error_count(), 200000u);
  EXPECT_LE(diagnostics.all().size(), 2 * Diagnostics::kSamplePerFile + 1);
}

TEST(Diagnostics, AppendKeepsTheBoundsAndCounts) {
  Diagnostics a, b;
  for (std::size_t i = 0; i < 2 * Diagnostics::kSamplePerFile; ++i) b.error("f", i + 1, "bad");
  a.append(b);
  a.append(b);
  EXPECT_EQ(a.error_count(), 4 * Diagnostics::kSamplePerFile);
  EXPECT_EQ(a.all().size(), Diagnostics::kSamplePerFile);
  EXPECT_EQ(a.all().back().more, 3 * Diagnostics::kSamplePerFile);
}

TEST(Diagnostics, NotesMergeByReasonAcrossFiles) {
  Diagnostics diagnostics;
  diagnostics.note("a/.git", "skipped: hidden");
  diagnostics.note("b/.svn", "skipped: hidden");
  diagnostics.note("a/link", "skipped: link");
  ASSERT_EQ(diagnostics.all().size(), 2u);
  EXPECT_EQ(diagnostics.all()[0].to_string(), "a/.git: note: skipped: hidden (and 1 more like this)");
  EXPECT_EQ(diagnostics.error_count() + diagnostics.warning_count(), 0u);
}

TEST(Diagnostics, MillionsOfRejectedLinesKeepASample) {
  testing::TempDir dir;
  std::string bad;
  for (int i = 0; i < 300000; ++i) bad += "{\n";
  const auto file = dir.write("bad.jsonl", bad + R"({"date": "2011-01-01", "text": "kept"})" "\n");
  const LoadResult result = load_articles({file});
  EXPECT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.diagnostics.error_count(), 300000u);
  EXPECT_EQ(result.diagnostics.all().size(), Diagnostics::kSamplePerFile);
  EXPECT_NE(result.diagnostics.all().back().to_string().find("(and 299000 more like this)"), std::string::npos);
}

}  // namespace
}  // namespace annals
