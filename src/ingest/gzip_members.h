// Decompressing gzip files member by member.
#pragma once

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/file_bytes.h"
#include "ingest/stream_damage.h"

namespace annals::ingest {

// A gzip file may hold several members one after another (cat a.gz b.gz).
// Each is inflated in turn, and damage never costs more than the member it
// is in: a member that fails to inflate (bad header, bad data, bad checksum)
// and bytes between members that are not gzip are skipped up to the next
// gzip magic number and recorded as StreamDamage. zlib's gz* functions
// instead stop silently at a member they cannot recognise and accept
// trailing garbage.
class GzipMembers {
 public:
  explicit GzipMembers(FileBytes& bytes);
  ~GzipMembers();
  GzipMembers(const GzipMembers&) = delete;
  GzipMembers& operator=(const GzipMembers&) = delete;

  // Like read(2): bytes written to `out`, 0 at the end, -1 when the input
  // cannot be read on (an I/O error or a last member cut short; error()).
  std::ptrdiff_t read(char* out, std::size_t n, std::vector<StreamDamage>& damage);
  const std::string& error() const { return error_; }

 private:
  enum class State { kBetween, kInflating, kEnd };

  bool start_member(std::vector<StreamDamage>& damage);
  // Skips to the next gzip magic number (or the end) and records why.
  void resynchronise(std::string cause, std::uint64_t at, std::vector<StreamDamage>& damage);

  FileBytes& bytes_;
  z_stream stream_{};
  State state_ = State::kBetween;
  std::uint64_t member_start_ = 0;  // file offset of the current member
  std::uint64_t delivered_ = 0;
  std::string error_;
};

}  // namespace annals::ingest
