#include "ingest/file_bytes.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace annals::ingest {

namespace {
// Reads start small, so that the many small files of a folder cost no
// megabyte buffer each, and double up to a MiB, since loading is I/O-bound.
constexpr std::size_t kFirstChunk = std::size_t{64} << 10;
constexpr std::size_t kLastChunk = std::size_t{1} << 20;
}  // namespace

FileBytes::FileBytes(int fd) : fd_(fd), chunk_(kFirstChunk) {}

FileBytes::~FileBytes() { close(fd_); }

bool FileBytes::fill() {
  if (failed()) return false;
  if (begin_ > 0) {  // slide the unconsumed tail to the front
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buffer_.size() - end_ < chunk_ / 2) buffer_.resize(end_ + chunk_);
  for (;;) {
    const std::size_t room = buffer_.size() - end_;
    const ssize_t got = ::read(fd_, buffer_.data() + end_, room);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      error_ = std::strerror(errno);
      return false;
    }
    end_ += static_cast<std::size_t>(got);
    read_ += static_cast<std::uint64_t>(got);
    // A read that fills the room means more to come: read more at a time.
    if (static_cast<std::size_t>(got) == room) chunk_ = std::min(2 * chunk_, kLastChunk);
    return got > 0;
  }
}

std::string_view FileBytes::look_ahead(std::size_t n) {
  while (end_ - begin_ < n && fill()) {
  }
  return available();
}

}  // namespace annals::ingest
