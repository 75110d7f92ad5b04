// Item 1 and 2 of the hardening issue: inputs that cannot be opened twice
// (pipes) and multi-member gzip files lose nothing without saying so.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <fcntl.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "annals/loader.h"
#include "loader_test_support.h"

namespace annals {
namespace {

using testing::TempDir;

// Lines `first`..`first + count - 1`, each a record with that number as id.
std::string records(int first, int count) {
  std::string out;
  for (int i = first; i < first + count; ++i) {
    out += R"({"id": ")" + std::to_string(i) + R"(", "date": "2011-01-01", "text": "Record )" +
           std::to_string(i) + ".\"}\n";
  }
  return out;
}

// Writes `content` to the descriptor from another thread, then closes it.
std::thread feed(int fd, std::string content) {
  return std::thread([fd, content = std::move(content)] {
    for (std::size_t done = 0; done < content.size();) {
      const ssize_t got = write(fd, content.data() + done, content.size() - done);
      if (got <= 0) break;
      done += static_cast<std::size_t>(got);
    }
    close(fd);
  });
}

TEST(PipeInput, ProcessSubstitutionIsSniffedWithoutReopening) {
  // annals tag <(cat big.jsonl): a /dev/fd path to a pipe, format unknown by name.
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  std::thread writer = feed(fds[1], records(1, 40000));
  const LoadResult result = load_articles({"/dev/fd/" + std::to_string(fds[0])});
  writer.join();
  close(fds[0]);
  ASSERT_EQ(result.articles.size(), 40000u);
  EXPECT_EQ(result.articles.front().id, "1");
  EXPECT_EQ(result.articles.back().id, "40000");
  EXPECT_TRUE(result.diagnostics.all().empty());
}

TEST(PipeInput, NamedFifoHoldingGzipIsSniffedToo) {
  TempDir dir;
  const std::string fifo = (dir.path() / "articles.fifo").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const std::string compressed_file = dir.write_gzip("src.gz", records(1, 5000));
  std::string compressed;
  ASSERT_TRUE(std::filesystem::exists(compressed_file));
  {
    std::ifstream in(compressed_file, std::ios::binary);
    compressed.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::thread writer([&] {
    const int fd = open(fifo.c_str(), O_WRONLY);
    feed(fd, compressed).join();
  });
  const LoadResult result = load_articles({fifo});
  writer.join();
  EXPECT_EQ(result.articles.size(), 5000u);
  EXPECT_TRUE(result.diagnostics.all().empty());
}

TEST(PipeInput, DatasetArticleThatIsAFifoIsReadToTheEnd) {
  // fstat gives a FIFO no size; reading that many bytes read nothing.
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "InputDocs/2011-01-01");
  const std::string fifo = (dir.path() / "InputDocs/2011-01-01/1.htm.txt").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { feed(open(fifo.c_str(), O_WRONLY), "Streamed sentence .\n").join(); });
  const LoadResult result = load_articles({(dir.path() / "InputDocs").string()});
  writer.join();
  ASSERT_EQ(result.articles.size(), 1u);
  EXPECT_EQ(result.articles[0].text, "Streamed sentence .\n");
  EXPECT_TRUE(result.diagnostics.all().empty());
}

// One gzip member holding `content`.
std::string gzip_member(const std::string& content) {
  z_stream stream{};
  EXPECT_EQ(deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&stream, content.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(content.data()));
  stream.avail_in = static_cast<uInt>(content.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

std::vector<std::string> ids(const LoadResult& result) {
  std::vector<std::string> out;
  for (const auto& a : result.articles) out.push_back(a.id);
  return out;
}

TEST(GzipInput, EveryMemberIsRead) {
  TempDir dir;
  const auto file = dir.write("two.jsonl.gz", gzip_member(records(1, 2)) + gzip_member(records(3, 2)));
  const LoadResult result = load_articles({file});
  EXPECT_EQ(ids(result), (std::vector<std::string>{"1", "2", "3", "4"}));
  EXPECT_TRUE(result.diagnostics.all().empty());
}

TEST(GzipInput, TrailingGarbageIsAnError) {
  TempDir dir;
  const std::string first = gzip_member(records(1, 2));
  const auto file = dir.write("tail.jsonl.gz", first + "garbage!!!");
  const LoadResult result = load_articles({file});
  EXPECT_EQ(ids(result), (std::vector<std::string>{"1", "2"}));
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  const Diagnostic& d = result.diagnostics.all()[0];
  EXPECT_EQ(d.severity, Diagnostic::Severity::kError);
  EXPECT_EQ(d.line, 3u);
  EXPECT_EQ(d.reason, "gzip: data that is not gzip at byte offset " + std::to_string(first.size()) +
                          "; skipped 10 byte(s) to the end of the file");
}

TEST(GzipInput, MemberWithABadMagicNumberIsSkippedAndTheNextOneRead) {
  TempDir dir;
  const std::string first = gzip_member(records(1, 2));
  std::string second = gzip_member(records(3, 2));
  second[1] = '\x8c';  // not gzip any more
  const auto file = dir.write("magic.jsonl.gz", first + second + gzip_member(records(5, 1)));
  const LoadResult result = load_articles({file});
  EXPECT_EQ(ids(result), (std::vector<std::string>{"1", "2", "5"}));
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  EXPECT_EQ(result.diagnostics.all()[0].line, 3u);
  EXPECT_EQ(result.diagnostics.all()[0].reason,
            "gzip: data that is not gzip at byte offset " + std::to_string(first.size()) + "; skipped " +
                std::to_string(second.size()) + " byte(s) to the next gzip member");
}

TEST(GzipInput, DamagedSecondHeaderKeepsTheIntactMembers) {
  TempDir dir;
  const std::string first = gzip_member(records(1, 2));
  std::string second = gzip_member(records(3, 2));
  second[3] = '\xE0';  // reserved flag bits: zlib rejects the header
  const auto file = dir.write("header.jsonl.gz", first + second + gzip_member(records(5, 1)));
  const LoadResult result = load_articles({file});
  EXPECT_EQ(ids(result), (std::vector<std::string>{"1", "2", "5"}));
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  const Diagnostic& d = result.diagnostics.all()[0];
  EXPECT_EQ(d.line, 3u);
  EXPECT_EQ(d.reason.substr(0, 30), "gzip: damaged member (unknown ") << d.reason;
  EXPECT_NE(d.reason.find("at byte offset " + std::to_string(first.size()) + "; skipped"), std::string::npos)
      << d.reason;
}

TEST(GzipInput, DamagedDataInTheFirstMemberIsReportedAndTheSecondRead) {
  TempDir dir;
  std::string first = gzip_member(records(1, 2));
  first[first.size() - 6] ^= 0x55;  // the CRC-32: the data read does not match
  const auto file = dir.write("crc.jsonl.gz", first + gzip_member(records(3, 1)));
  const LoadResult result = load_articles({file});
  EXPECT_EQ(ids(result), (std::vector<std::string>{"1", "2", "3"}));
  ASSERT_EQ(result.diagnostics.all().size(), 1u);
  EXPECT_EQ(result.diagnostics.all()[0].reason.substr(0, 44), "gzip: damaged member (incorrect data check) ");
}

}  // namespace
}  // namespace annals
