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

bool write_stdout(const std::function<void(std::ostream&)>& write, const char* command) {
  errno = 0;
  write(std::cout);
  std::cout.flush();
  if (!std::cout) return fail(command, "standard output", errno);
  return true;
}

}  // namespace

bool write_output(const std::string& path, const std::function<void(std::ostream&)>& write, const char* command) {
  if (path.empty() || path == "-") return write_stdout(write, command);
  namespace fs = std::filesystem;
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
