// The fuzzer's bytes as a file, for the readers that are given paths.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

namespace annals::fuzz {

// An in-memory file (memfd), rewritten for each input: no disk I/O, and the
// readers open it by path like any other file.
class FuzzFile {
 public:
  FuzzFile() : fd_(memfd_create("annals-fuzz", 0)) {
    if (fd_ < 0) std::abort();
    path_ = "/proc/self/fd/" + std::to_string(fd_);
  }
  const std::string& write(const uint8_t* data, size_t size) {
    if (ftruncate(fd_, 0) != 0 || pwrite(fd_, data, size, 0) != static_cast<ssize_t>(size)) std::abort();
    return path_;
  }

 private:
  int fd_;
  std::string path_;
};

}  // namespace annals::fuzz
