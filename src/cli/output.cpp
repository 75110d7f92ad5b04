#include "output.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace annals::cli {

namespace {

bool fail(const char* command, const std::string& path, int error) {
  std::fprintf(stderr, "%s: cannot write %s: %s\n", command, path.c_str(),
               error ? std::strerror(error) : "write failed");
  return false;
}

bool write_stream(std::ostream& out, const std::string& name, const std::function<void(std::ostream&)>& write,
                  const char* command) {
  errno = 0;
  write(out);
  out.flush();
  if (!out) return fail(command, name, errno);
  return true;
}

}  // namespace

bool write_output(const std::string& path, const std::function<void(std::ostream&)>& write, const char* command) {
  if (path.empty() || path == "-") return write_stream(std::cout, "standard output", write, command);
  namespace fs = std::filesystem;
  std::error_code ignored;
  if (fs::exists(path, ignored) && !fs::is_regular_file(path, ignored)) {
    // A device or pipe (/dev/stdout, a FIFO) is written in place: renaming
    // over it would replace it.
    std::ofstream special(path, std::ios::binary);
    return write_stream(special, path, write, command);
  }
  // The temporary file sits beside the target so that rename() is atomic.
  fs::path target(path);
  std::string temp = (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = mkstemp(temp.data());
  if (fd < 0) return fail(command, path, errno);
  // mkstemp makes the file private; give it the permissions a plain create would.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  close(fd);
  errno = 0;
  std::ofstream out(temp, std::ios::binary | std::ios::trunc);
  write(out);
  out.close();
  int error = errno;
  if (!out || std::rename(temp.c_str(), path.c_str()) != 0) {
    error = error ? error : errno;
    std::remove(temp.c_str());
    return fail(command, path, error);
  }
  return true;
}

}  // namespace annals::cli
