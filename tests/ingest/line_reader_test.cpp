#include "ingest/line_reader.h"

#include <gtest/gtest.h>

#include <vector>

#include "loader_test_support.h"

namespace annals::ingest {
namespace {

std::vector<std::string> all_lines(const std::string& path, std::size_t max_line) {
  std::string error;
  auto in = InputStream::open(path, &error);
  EXPECT_TRUE(in) << error;
  LineReader reader(*in, max_line);
  std::vector<std::string> lines;
  std::string_view line;
  while (reader.next(line) == LineReader::Status::kLine) lines.emplace_back(line);
  return lines;
}

TEST(LineReader, StripsLineBreaksAndKeepsALastLineWithoutOne) {
  testing::TempDir dir;
  const auto file = dir.write("a.txt", "one\r\ntwo\n\nthree");
  EXPECT_EQ(all_lines(file, 100), (std::vector<std::string>{"one", "two", "", "three"}));
}

TEST(LineReader, SkipsLinesOverTheLimitAndCountsThem) {
  testing::TempDir dir;
  // Longer than the 1 MiB read chunk, so the skip spans several reads.
  const auto file = dir.write("a.txt", "short\n" + std::string(3 << 20, 'x') + "\nafter\n");
  std::string error;
  auto in = InputStream::open(file, &error);
  LineReader reader(*in, 1000);
  std::string_view line;
  ASSERT_EQ(reader.next(line), LineReader::Status::kLine);
  EXPECT_EQ(reader.next(line), LineReader::Status::kTooLong);
  EXPECT_EQ(reader.line_number(), 2u);
  ASSERT_EQ(reader.next(line), LineReader::Status::kLine);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(reader.line_number(), 3u);
  EXPECT_EQ(reader.next(line), LineReader::Status::kEnd);
}

TEST(LineReader, LinesAroundTheReadSizesComeWhole) {
  // The buffer starts small and grows; a last line without a line break
  // that ends where a read ends once pointed into the buffer it had left.
  testing::TempDir dir;
  for (std::size_t size : {65535u, 65536u, 65537u, 65600u, 131072u, 196608u, 1048576u}) {
    for (bool newline : {false, true}) {
      const std::string text(size - (newline ? 1 : 0), 'x');
      const auto file = dir.write("a.txt", "first\n" + text + (newline ? "\n" : ""));
      EXPECT_EQ(all_lines(file, 1 << 21), (std::vector<std::string>{"first", text})) << size << newline;
    }
  }
}

TEST(LineReader, LeavesPaddingReadableAfterEachLine) {
  testing::TempDir dir;
  const auto file = dir.write("a.txt", "x\ny");
  std::string error;
  auto in = InputStream::open(file, &error);
  LineReader reader(*in, 100);
  std::string_view line;
  while (reader.next(line) == LineReader::Status::kLine) {
    // Under ASan, reading past a buffer that lacks the padding fails here.
    volatile char sink = 0;
    for (std::size_t i = 0; i < LineReader::kPadding; ++i) sink = sink + line.data()[line.size() + i];
  }
}

TEST(LineReader, PeekDoesNotConsume) {
  testing::TempDir dir;
  const auto file = dir.write("a.txt", "first\nsecond\n");
  std::string error;
  auto in = InputStream::open(file, &error);
  LineReader reader(*in, 100);
  EXPECT_EQ(reader.peek(3), "fir");
  std::string_view line;
  ASSERT_EQ(reader.next(line), LineReader::Status::kLine);
  EXPECT_EQ(line, "first");
}

TEST(InputStream, RefusesAFolder) {
  testing::TempDir dir;
  std::string error;
  EXPECT_EQ(InputStream::open(dir.path().string(), &error), nullptr);
  EXPECT_EQ(error, "is a directory");
}

}  // namespace
}  // namespace annals::ingest
