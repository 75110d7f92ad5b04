#include "ingest/input_stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <climits>
#include <cstring>

namespace annals::ingest {

namespace {

std::string errno_text() { return std::strerror(errno); }

// open(2) happily opens a directory; reading it fails later with a vaguer
// message, so say it plainly up front.
bool check_regular(int fd, std::string* error) {
  struct stat st;
  if (fstat(fd, &st) != 0) {
    *error = errno_text();
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    *error = "is a directory";
    return false;
  }
  return true;
}

}  // namespace

struct InputStream::Impl {
  gzFile file = nullptr;
  std::string error;
  std::uint64_t delivered = 0;  // decompressed bytes returned by read()
};

InputStream::InputStream(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

InputStream::~InputStream() {
  if (impl_->file != nullptr) gzclose(impl_->file);
}

std::unique_ptr<InputStream> InputStream::open(const std::string& path, std::string* error) {
  // gzdopen takes ownership of the descriptor, so standard input is dup'ed to
  // keep fd 0 open for anyone else.
  const int fd = path == "-" ? dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = errno_text();
    return nullptr;
  }
  if (!check_regular(fd, error)) {
    close(fd);
    return nullptr;
  }
  auto impl = std::make_unique<Impl>();
  impl->file = gzdopen(fd, "rb");
  if (impl->file == nullptr) {
    close(fd);
    *error = "cannot allocate a decompressor";
    return nullptr;
  }
  gzbuffer(impl->file, 1 << 20);  // fewer, larger reads: loading is I/O-bound
  return std::unique_ptr<InputStream>(new InputStream(std::move(impl)));
}

std::ptrdiff_t InputStream::read(char* buffer, std::size_t n) {
  const unsigned chunk = n > INT_MAX ? INT_MAX : static_cast<unsigned>(n);
  const int got = gzread(impl_->file, buffer, chunk);
  if (got > 0) {
    impl_->delivered += static_cast<std::uint64_t>(got);
    return got;
  }
  // A truncated gzip stream ends like a complete one (got == 0); only
  // gzerror tells them apart, and a cut-off file must not pass as whole.
  int code = Z_OK;
  const char* message = gzerror(impl_->file, &code);
  if (got == 0 && code == Z_OK) return 0;
  impl_->error = code == Z_ERRNO ? errno_text() : std::string(message);
  return -1;
}

std::uint64_t InputStream::raw_offset() const {
  // A pipe has no file offset; then the bytes read are the best measure.
  const z_off_t offset = gzoffset(impl_->file);
  return offset < 0 ? impl_->delivered : static_cast<std::uint64_t>(offset);
}

std::string InputStream::error() const { return impl_->error; }

bool read_file(const std::string& path, std::string& out, std::string* error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = errno_text();
    return false;
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    *error = errno_text();
    close(fd);
    return false;
  }
  out.resize(static_cast<std::size_t>(st.st_size));
  std::size_t done = 0;
  while (done < out.size()) {
    const ssize_t got = ::read(fd, out.data() + done, out.size() - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      *error = errno_text();
      close(fd);
      return false;
    }
    if (got == 0) break;  // the file shrank while being read: keep what was there
    done += static_cast<std::size_t>(got);
  }
  out.resize(done);
  close(fd);
  return true;
}

}  // namespace annals::ingest
