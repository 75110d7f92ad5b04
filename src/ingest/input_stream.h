// Byte-level access to one input file or standard input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/stream_damage.h"

namespace annals::ingest {

// Reads a file ("-" = standard input) and decompresses it on the fly when it
// starts with the gzip magic number, so callers never need to know which
// kind they got. The file is opened once and read front to back: a pipe, a
// FIFO or /dev/stdin can be sniffed (peek) and then read in full.
class InputStream {
 public:
  // Returns nullptr and sets *error when the input cannot be opened.
  static std::unique_ptr<InputStream> open(const std::string& path, std::string* error);
  // Takes ownership of an open descriptor (a memfd holding a request body, say).
  static std::unique_ptr<InputStream> adopt(int fd, std::string* error);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Reads up to `n` bytes; returns the count, 0 at the end, -1 on a read
  // error (then error() says why).
  std::ptrdiff_t read(char* buffer, std::size_t n);
  // The first `n` bytes still to be read (fewer at the end), decompressed,
  // without consuming them: read() returns them again.
  std::string_view peek(std::size_t n);
  // Damage skipped since the last call (see GzipMembers); positions count
  // the bytes read() delivered before it.
  std::vector<StreamDamage> take_damage();
  bool has_damage() const;
  // Bytes consumed from the underlying file so far (compressed bytes for
  // gzip), which is what progress against the file size must count.
  std::uint64_t raw_offset() const;
  std::string error() const;

 private:
  struct Impl;
  explicit InputStream(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Reads a whole uncompressed file (or FIFO) of at most `max_size` bytes into
// `out`. Returns false and sets *error when it cannot be read or is larger.
bool read_file(const std::string& path, std::size_t max_size, std::string& out, std::string* error);

}  // namespace annals::ingest
