#include <gtest/gtest.h>

#include <unistd.h>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using testing::TempDir;

constexpr const char* kTwoArticles =
    R"({"id": "a1", "time": "2011-01-25 00:00:00", "title": "Protests", "text": "Crowds gathered.", "source": "bbc", "url": "http://x/1"})"
    "\n"
    R"({"id": 7, "date": "2017-06-08T14:05:00Z", "text": "Second.", "outlet": "cnn", "language": "es"})"
    "\n";

TEST(JsonlLoader, ReadsNewsTlsFieldsAndAlternatives) {
  TempDir dir;
  const auto file = dir.write("articles.jsonl", kTwoArticles);
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 2u);
  EXPECT_TRUE(result.diagnostics.all().empty());

  const Article& first = result.articles[0];
  EXPECT_EQ(first.id, "a1");
  EXPECT_EQ(first.published.to_string(), "2011-01-25");
  EXPECT_EQ(first.time, "00:00:00");
  EXPECT_EQ(first.title, "Protests");
  EXPECT_EQ(first.text, "Crowds gathered.");
  EXPECT_EQ(first.outlet, "bbc");
  EXPECT_EQ(first.url, "http://x/1");
  EXPECT_EQ(first.language, "en");
  EXPECT_FALSE(first.sentence_per_line);
  EXPECT_EQ(first.source_file, file);
  EXPECT_EQ(first.source_line, 1u);

  const Article& second = result.articles[1];
  EXPECT_EQ(second.id, "7");
  EXPECT_EQ(second.published.to_string(), "2017-06-08");
  EXPECT_EQ(second.time, "14:05:00Z");
  EXPECT_EQ(second.outlet, "cnn");
  EXPECT_EQ(second.language, "es");
  EXPECT_EQ(second.source_line, 2u);
}

TEST(JsonlLoader, DatePartIsKeptAsWrittenWhateverTheZone) {
  TempDir dir;
  const auto file = dir.write("a.jsonl",
                              R"({"published": "2017-06-08 23:30:00+02:00", "text": "x"})"
                              "\n"
                              R"({"date": "2017-06-09T00:10:00.123456", "text": "y"})"
                              "\n"
                              R"({"date": "2017-06-10", "text": "z"})"
                              "\n");
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 3u);
  EXPECT_EQ(result.articles[0].published.to_string(), "2017-06-08");
  EXPECT_EQ(result.articles[0].time, "23:30:00+02:00");
  EXPECT_EQ(result.articles[1].published.to_string(), "2017-06-09");
  EXPECT_EQ(result.articles[1].time, "00:10:00.123456");
  EXPECT_EQ(result.articles[2].time, std::nullopt);
}

TEST(JsonlLoader, MissingIdBecomesFileAndLine) {
  TempDir dir;
  const auto file = dir.write("a.jsonl", "\n" R"({"date": "2017-06-08", "text": "x"})" "\n");
  const LoadResult result = load_articles({file});
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].id, file + ":2");
}

TEST(JsonlLoader, ReadsGzipByExtensionAndByContent) {
  TempDir dir;
  const auto gz = dir.write_gzip("articles.jsonl.gz", kTwoArticles);
  const auto odd_name = dir.write_gzip("articles.data", kTwoArticles);
  const LoadResult result = load_articles({gz, odd_name});
  EXPECT_EQ(result.diagnostics.error_count(), 0u);
  EXPECT_EQ(result.diagnostics.all().size(), 2u);  // "a1" and "7" come twice: warnings
  ASSERT_EQ(result.articles.size(), 4u);
  EXPECT_EQ(result.articles[0].text, "Crowds gathered.");
  EXPECT_EQ(result.articles[3].id, "7");
}

TEST(JsonlLoader, DashReadsStandardInputFromAPipe) {
  // A pipe, as in `zcat x.gz | annals ... -`: no file size, no file offset.
  int ends[2];
  ASSERT_EQ(pipe(ends), 0);
  const std::string input(kTwoArticles);  // far below the pipe's buffer: no writer thread needed
  ASSERT_EQ(write(ends[1], input.data(), input.size()), static_cast<ssize_t>(input.size()));
  close(ends[1]);
  const int saved = dup(0);
  dup2(ends[0], 0);
  close(ends[0]);
  const LoadResult result = load_articles({"-"});
  dup2(saved, 0);
  close(saved);
  ASSERT_EQ(result.articles.size(), 2u);
  EXPECT_EQ(result.articles[1].id, "7");
  EXPECT_EQ(result.articles[0].source_file, "<stdin>");
  EXPECT_EQ(result.bytes_read, input.size());
}

TEST(JsonlLoader, ReportsProgressUpToTheTotal) {
  TempDir dir;
  const auto file = dir.write("a.jsonl", kTwoArticles);
  std::uint64_t last_done = 0, last_total = 0;
  LoadOptions options;
  options.progress = [&](std::uint64_t done, std::uint64_t total) {
    last_done = done;
    last_total = total;
  };
  const LoadResult result = load_articles({file}, options);
  EXPECT_EQ(last_total, std::string(kTwoArticles).size());
  EXPECT_EQ(last_done, last_total);
  EXPECT_EQ(result.bytes_read, last_total);
}

}  // namespace
}  // namespace annals
