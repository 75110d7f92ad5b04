#include "ingest/line_reader.h"

#include <algorithm>
#include <cstring>

namespace annals::ingest {

namespace {
// Like FileBytes: small first reads for small files, then up to a MiB.
constexpr std::size_t kFirstLineChunk = std::size_t{64} << 10;
constexpr std::size_t kChunk = std::size_t{1} << 20;
}  // namespace

LineReader::LineReader(InputStream& in, std::size_t max_line) : in_(in), max_line_(max_line), chunk_(kFirstLineChunk) {}

bool LineReader::fill() {
  if (failed_) return false;
  if (begin_ > 0) {  // slide the unread tail to the front before reading more
    consumed_ += begin_;
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buffer_.size() - end_ < chunk_ / 2 + kPadding) buffer_.resize(end_ + chunk_ + kPadding);
  const std::size_t room = buffer_.size() - end_ - kPadding;
  const std::ptrdiff_t got = in_.read(buffer_.data() + end_, room);
  // A read that fills the room means more to come: read more at a time.
  if (static_cast<std::size_t>(got) == room) chunk_ = std::min(2 * chunk_, kChunk);
  if (got < 0) {
    failed_ = true;
    error_ = in_.error();
    return false;
  }
  end_ += static_cast<std::size_t>(got);
  return got > 0;
}

std::string_view LineReader::peek(std::size_t n) {
  while (end_ - begin_ < n && fill()) {
  }
  return {buffer_.data() + begin_, std::min(n, end_ - begin_)};
}

void LineReader::start() {
  started_ = true;
  const std::string_view head = peek(kChunk);
  if (head.starts_with("\xEF\xBB\xBF")) begin_ += 3;
  const std::size_t brk = head.find_first_of("\r\n");
  // A "\r" at the very end of what was read may be half of a "\r\n".
  if (brk != std::string_view::npos && head[brk] == '\r' && brk + 1 < head.size() && head[brk + 1] != '\n') {
    terminator_ = '\r';
  }
}

LineReader::Status LineReader::next(std::string_view& line) {
  if (!started_) start();
  std::size_t scanned = 0;  // bytes of the current line known to hold no '\n'
  for (;;) {
    const char* start = buffer_.data() + begin_;
    const auto* newline =
        static_cast<const char*>(std::memchr(start + scanned, terminator_, end_ - begin_ - scanned));
    if (newline == nullptr) {
      scanned = end_ - begin_;
      if (scanned > max_line_) {
        ++line_number_;
        return skip_rest_of_line();
      }
      if (fill()) continue;
      if (failed_) return Status::kError;
      if (scanned == 0) return Status::kEnd;
      start = buffer_.data() + begin_;  // fill() may have grown (moved) the buffer
      newline = start + scanned;        // last line without a final newline
    }
    std::size_t length = static_cast<std::size_t>(newline - start);
    begin_ += std::min(length + 1, end_ - begin_);
    ++line_number_;
    if (length > max_line_) {
      skipped_quotes_ = static_cast<std::uint64_t>(std::count(start, start + length, '"'));
      return Status::kTooLong;
    }
    if (length > 0 && start[length - 1] == '\r') --length;  // "\r\n"
    line = {start, length};
    return Status::kLine;
  }
}

LineReader::Status LineReader::skip_rest_of_line() {
  skipped_quotes_ = 0;
  for (;;) {
    const char* start = buffer_.data() + begin_;
    const auto* newline = static_cast<const char*>(std::memchr(start, terminator_, end_ - begin_));
    const char* stop = newline != nullptr ? newline : buffer_.data() + end_;
    skipped_quotes_ += static_cast<std::uint64_t>(std::count(start, stop, '"'));
    if (newline != nullptr) {
      begin_ += static_cast<std::size_t>(newline - start) + 1;
      return Status::kTooLong;
    }
    consumed_ += end_;
    begin_ = end_ = 0;  // drop what was read: this line is rejected anyway
    if (!fill()) return failed_ ? Status::kError : Status::kTooLong;
  }
}

}  // namespace annals::ingest
