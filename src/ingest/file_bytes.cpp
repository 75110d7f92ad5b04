#include "ingest/file_bytes.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace annals::ingest {

namespace {
constexpr std::size_t kChunk = std::size_t{1} << 20;  // fewer, larger reads: loading is I/O-bound
}

FileBytes::FileBytes(int fd) : fd_(fd), buffer_(kChunk) {}

FileBytes::~FileBytes() { close(fd_); }

bool FileBytes::fill() {
  if (failed()) return false;
  if (begin_ > 0) {  // slide the unconsumed tail to the front
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buffer_.size() - end_ < kChunk / 2) buffer_.resize(end_ + kChunk);
  for (;;) {
    const ssize_t got = ::read(fd_, buffer_.data() + end_, buffer_.size() - end_);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      error_ = std::strerror(errno);
      return false;
    }
    end_ += static_cast<std::size_t>(got);
    read_ += static_cast<std::uint64_t>(got);
    return got > 0;
  }
}

std::string_view FileBytes::look_ahead(std::size_t n) {
  while (end_ - begin_ < n && fill()) {
  }
  return available();
}

}  // namespace annals::ingest
