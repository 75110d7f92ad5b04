// Splits an InputStream into lines without copying them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_stream.h"

namespace annals::ingest {

// Reads lines through one reusable buffer. Lines longer than `max_line` are
// skipped without being held in memory, so a 100 MB line costs a buffer of
// max_line bytes at most, never the whole line. Lines end in "\n" or "\r\n",
// or in a lone "\r" when that is how the first line of the input ends (old
// Mac files; spreadsheets still export CSV so). A UTF-8 byte order mark at
// the start is dropped, so that it never sticks to the first record.
class LineReader {
 public:
  // simdjson parses in place when this many readable bytes follow the text.
  static constexpr std::size_t kPadding = 64;

  enum class Status { kLine, kTooLong, kEnd, kError };

  LineReader(InputStream& in, std::size_t max_line);

  // On kLine, `line` (without its "\n" or "\r\n") stays valid until the next
  // call and is followed by at least kPadding readable bytes.
  Status next(std::string_view& line);
  // 1-based number of the line last returned (or skipped as too long).
  std::size_t line_number() const { return line_number_; }
  // The '"' characters in the line last skipped as too long: CSV needs their
  // parity to know whether a quoted field goes on after a line it cannot hold.
  std::uint64_t skipped_quotes() const { return skipped_quotes_; }
  // Bytes of the input consumed so far, line breaks included.
  std::uint64_t consumed() const { return consumed_ + begin_; }
  // The first bytes of the input, without consuming them (for sniffing).
  std::string_view peek(std::size_t n);
  const std::string& error() const { return error_; }

 private:
  // Appends input after end_; returns false at end of input or on error.
  bool fill();
  Status skip_rest_of_line();
  // Drops a byte order mark and decides the line break, once, at the start.
  void start();

  InputStream& in_;
  const std::size_t max_line_;
  std::size_t chunk_;  // the size of the next read
  std::vector<char> buffer_;
  std::size_t begin_ = 0;  // first unread byte
  std::size_t end_ = 0;    // one past the last byte read
  std::size_t line_number_ = 0;
  std::uint64_t consumed_ = 0;
  std::uint64_t skipped_quotes_ = 0;  // bytes slid out of the buffer or dropped
  bool started_ = false;
  char terminator_ = '\n';
  bool failed_ = false;
  std::string error_;
};

}  // namespace annals::ingest
