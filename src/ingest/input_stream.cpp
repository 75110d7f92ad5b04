#include "ingest/input_stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "ingest/file_bytes.h"
#include "ingest/gzip_members.h"

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
  explicit Impl(int fd) : bytes(fd) {}

  // Reads past the peeked bytes.
  std::ptrdiff_t read_fresh(char* buffer, std::size_t n) {
    if (gzip) return gzip->read(buffer, n, damage);
    if (bytes.available().empty() && !bytes.fill()) return bytes.failed() ? -1 : 0;
    const std::string_view ready = bytes.available();
    const std::size_t count = std::min(n, ready.size());
    std::copy_n(ready.data(), count, buffer);
    bytes.consume(count);
    return static_cast<std::ptrdiff_t>(count);
  }

  FileBytes bytes;
  std::unique_ptr<GzipMembers> gzip;  // null for uncompressed input
  std::string peeked;                 // read ahead for peek(), returned by read() first
  std::size_t peeked_begin = 0;
  std::vector<StreamDamage> damage;
};

InputStream::InputStream(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

InputStream::~InputStream() = default;

std::unique_ptr<InputStream> InputStream::open(const std::string& path, std::string* error) {
  // Standard input is dup'ed so that closing the stream keeps fd 0 open.
  const int fd = path == "-" ? dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = errno_text();
    return nullptr;
  }
  return adopt(fd, error);
}

std::unique_ptr<InputStream> InputStream::adopt(int fd, std::string* error) {
  if (!check_regular(fd, error)) {
    close(fd);
    return nullptr;
  }
  auto impl = std::make_unique<Impl>(fd);
  if (impl->bytes.look_ahead(2).starts_with("\x1f\x8b")) {
    impl->gzip = std::make_unique<GzipMembers>(impl->bytes);
  }
  return std::unique_ptr<InputStream>(new InputStream(std::move(impl)));
}

std::ptrdiff_t InputStream::read(char* buffer, std::size_t n) {
  Impl& impl = *impl_;
  if (impl.peeked_begin < impl.peeked.size()) {
    const std::size_t count = std::min(n, impl.peeked.size() - impl.peeked_begin);
    std::copy_n(impl.peeked.data() + impl.peeked_begin, count, buffer);
    impl.peeked_begin += count;
    return static_cast<std::ptrdiff_t>(count);
  }
  return impl.read_fresh(buffer, n);
}

std::string_view InputStream::peek(std::size_t n) {
  Impl& impl = *impl_;
  impl.peeked.erase(0, impl.peeked_begin);
  impl.peeked_begin = 0;
  while (impl.peeked.size() < n) {
    const std::size_t had = impl.peeked.size();
    impl.peeked.resize(n);
    const std::ptrdiff_t got = impl.read_fresh(impl.peeked.data() + had, n - had);
    impl.peeked.resize(had + static_cast<std::size_t>(std::max<std::ptrdiff_t>(got, 0)));
    if (got <= 0) break;  // the end, or an error that read() reports again
  }
  return {impl.peeked.data(), std::min(n, impl.peeked.size())};
}

std::vector<StreamDamage> InputStream::take_damage() { return std::exchange(impl_->damage, {}); }

bool InputStream::has_damage() const { return !impl_->damage.empty(); }

std::uint64_t InputStream::raw_offset() const { return impl_->bytes.offset(); }

std::string InputStream::error() const {
  if (impl_->gzip && !impl_->gzip->error().empty()) return impl_->gzip->error();
  return impl_->bytes.error();
}

bool read_file(const std::string& path, std::size_t max_size, std::string& out, std::string* error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = errno_text();
    return false;
  }
  // Read to the end rather than to the size fstat gives: a FIFO or a file
  // that grows has no (or the wrong) size, and must not read as empty.
  FileBytes bytes(fd);
  while (bytes.available().size() <= max_size && bytes.fill()) {
  }
  if (bytes.failed()) {
    *error = bytes.error();
    return false;
  }
  if (bytes.available().size() > max_size) {
    *error = "over " + std::to_string(max_size >> 20) + " MiB";
    return false;
  }
  out.assign(bytes.available());
  return true;
}

}  // namespace annals::ingest
