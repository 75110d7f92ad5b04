// LoadOptions::sink: articles handed over in batches as they are read, so an
// input of any size loads in flat memory (annals ingest).
#include <gtest/gtest.h>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using testing::TempDir;

std::string jsonl_line(const std::string& id, int day) {
  return R"({"id": ")" + id + R"(", "date": "2025-03-0)" + std::to_string(day) + R"(", "text": "Article )" + id +
         " text.\"}\n";
}

TEST(BatchSink, HandsOverFullBatchesThenTheRestAndKeepsNothing) {
  TempDir dir;
  const auto first = dir.write("a.jsonl", jsonl_line("x1", 1) + jsonl_line("x2", 2) + jsonl_line("x3", 3));
  const auto second = dir.write("b.jsonl", jsonl_line("y1", 4) + "not json\n" + jsonl_line("y2", 5));
  std::vector<std::vector<std::string>> batches;
  LoadOptions options;
  options.batch_articles = 2;
  options.sink = [&](std::vector<Article>&& batch) {
    batches.emplace_back();
    for (const Article& a : batch) batches.back().push_back(a.id);
  };
  const LoadResult result = load_articles({first, second}, options);
  EXPECT_TRUE(result.articles.empty());
  const std::vector<std::vector<std::string>> expected = {{"x1", "x2"}, {"x3", "y1"}, {"y2"}};
  EXPECT_EQ(batches, expected);
  ASSERT_EQ(result.diagnostics.error_count(), 1u);  // the bad line is still reported, with its place
  EXPECT_EQ(result.diagnostics.all()[0].line, 2u);
  EXPECT_GT(result.bytes_read, 0u);
}

TEST(BatchSink, DuplicateIdsAcrossBatchesAreWarnedWithTheFirstFile) {
  TempDir dir;
  const auto first = dir.write("a.jsonl", jsonl_line("same", 1) + jsonl_line("other", 2));
  const auto second = dir.write("b.jsonl", jsonl_line("same", 3));
  std::size_t handed = 0;
  LoadOptions options;
  options.batch_articles = 1;
  options.sink = [&](std::vector<Article>&& batch) { handed += batch.size(); };
  const LoadResult result = load_articles({first, second}, options);
  EXPECT_EQ(handed, 3u);  // both kept
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  const Diagnostic& warning = result.diagnostics.all()[0];
  EXPECT_EQ(warning.severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(warning.file, second);
  EXPECT_EQ(warning.reason, "duplicate id \"same\" (also in " + first + ")");
}

TEST(BatchSink, AnExceptionFromTheSinkStopsTheLoad) {
  TempDir dir;
  const auto file = dir.write("a.jsonl", jsonl_line("x1", 1) + jsonl_line("x2", 2) + jsonl_line("x3", 3));
  int calls = 0;
  LoadOptions options;
  options.batch_articles = 1;
  options.sink = [&](std::vector<Article>&&) {
    if (++calls == 2) throw std::runtime_error("store full");
  };
  EXPECT_THROW(load_articles({file}, options), std::runtime_error);
  EXPECT_EQ(calls, 2);
}

}  // namespace
}  // namespace annals
