// Buffered reading of a file descriptor, with look-ahead.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annals::ingest {

// Owns a descriptor and reads it in large chunks. Bytes stay in the buffer
// until consumed, so a caller can look ahead (for a gzip magic number) and
// decide what to do with them, without ever seeking: pipes cannot seek.
class FileBytes {
 public:
  explicit FileBytes(int fd);
  ~FileBytes();
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;

  // Bytes read but not yet consumed.
  std::string_view available() const { return {buffer_.data() + begin_, end_ - begin_}; }
  // Reads more after the available bytes; false at end of file or on error.
  bool fill();
  // Fills until at least `n` bytes are available or the file ends.
  std::string_view look_ahead(std::size_t n);
  void consume(std::size_t n) { begin_ += n; }
  // Bytes of the file consumed so far.
  std::uint64_t offset() const { return read_ - (end_ - begin_); }
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

 private:
  const int fd_;
  std::size_t chunk_;  // the size of the next read
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::uint64_t read_ = 0;  // bytes read from the descriptor
  std::string error_;
};

}  // namespace annals::ingest
