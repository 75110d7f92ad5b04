#include "ingest/gzip_members.h"

#include <algorithm>
#include <climits>
#include <string_view>

namespace annals::ingest {

namespace {

// ID1, ID2 and CM = deflate: the start of every gzip member worth trying.
constexpr std::string_view kMagic("\x1f\x8b\x08", 3);

bool at_magic(std::string_view bytes) { return bytes.starts_with(kMagic.substr(0, 2)); }

}  // namespace

GzipMembers::GzipMembers(FileBytes& bytes) : bytes_(bytes) {
  // 15 + 16: a full window, gzip wrapper only (headers, CRC and length checked).
  if (inflateInit2(&stream_, 15 + 16) != Z_OK) error_ = "cannot allocate a decompressor";
}

GzipMembers::~GzipMembers() { inflateEnd(&stream_); }

bool GzipMembers::start_member(std::vector<StreamDamage>& damage) {
  for (;;) {
    const std::string_view head = bytes_.look_ahead(2);
    if (bytes_.failed()) return false;
    if (head.empty()) {
      state_ = State::kEnd;
      return true;
    }
    if (at_magic(head)) {
      member_start_ = bytes_.offset();
      inflateReset(&stream_);
      state_ = State::kInflating;
      return true;
    }
    resynchronise("data that is not gzip", bytes_.offset(), damage);
  }
}

void GzipMembers::resynchronise(std::string cause, std::uint64_t at, std::vector<StreamDamage>& damage) {
  const std::uint64_t from = bytes_.offset();
  for (;;) {
    const std::string_view bytes = bytes_.available();
    const std::size_t found = bytes.find(kMagic);
    if (found != std::string_view::npos) {
      bytes_.consume(found);
      break;
    }
    // Keep a possible partial magic number at the end for the next round.
    const std::size_t keep = std::min(bytes.size(), kMagic.size() - 1);
    bytes_.consume(bytes.size() - keep);
    if (!bytes_.fill()) {
      bytes_.consume(bytes_.available().size());
      break;
    }
  }
  const std::uint64_t skipped = bytes_.offset() - from;
  const bool more = !bytes_.available().empty();
  damage.push_back({delivered_, "gzip: " + cause + " at byte offset " + std::to_string(at) + "; skipped " +
                                    std::to_string(skipped) + " byte(s)" +
                                    (more ? " to the next gzip member" : " to the end of the file")});
  state_ = State::kBetween;
}

std::ptrdiff_t GzipMembers::read(char* out, std::size_t n, std::vector<StreamDamage>& damage) {
  if (!error_.empty()) return -1;
  n = std::min<std::size_t>(n, UINT_MAX);
  std::size_t produced = 0;
  while (produced == 0 && n > 0) {
    if (state_ == State::kEnd) return 0;
    if (state_ == State::kBetween) {
      if (!start_member(damage)) break;
      continue;
    }
    if (bytes_.available().empty() && !bytes_.fill()) {
      if (!bytes_.failed()) {
        error_ = "gzip member at byte offset " + std::to_string(member_start_) +
                 " is cut short (unexpected end of file)";
      }
      break;
    }
    const std::string_view in = bytes_.available();
    stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    stream_.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), UINT_MAX));
    stream_.next_out = reinterpret_cast<Bytef*>(out);
    stream_.avail_out = static_cast<uInt>(n);
    const int code = inflate(&stream_, Z_NO_FLUSH);
    bytes_.consume(in.size() - stream_.avail_in);
    produced = n - stream_.avail_out;
    delivered_ += produced;
    if (code == Z_STREAM_END) {
      state_ = State::kBetween;
    } else if (code == Z_DATA_ERROR) {
      const std::string message = stream_.msg != nullptr ? stream_.msg : "invalid data";
      if (bytes_.offset() == member_start_) bytes_.consume(1);  // never find this member again
      resynchronise("damaged member (" + message + ")", member_start_, damage);
    } else if (code != Z_OK && code != Z_BUF_ERROR) {
      error_ = stream_.msg != nullptr ? stream_.msg : "zlib error " + std::to_string(code);
      break;
    }
  }
  if (bytes_.failed()) error_ = bytes_.error();
  if (produced == 0 && !error_.empty()) return -1;
  return static_cast<std::ptrdiff_t>(produced);
}

}  // namespace annals::ingest
