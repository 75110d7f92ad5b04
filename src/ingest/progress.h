// Throttled progress reports for LoadOptions::progress.
#pragma once

#include <cstdint>
#include <functional>

namespace annals::ingest {

// Counts bytes across all inputs and calls the callback at most about once
// per MiB, so that a progress bar never slows loading down.
class Progress {
 public:
  using Callback = std::function<void(std::uint64_t done, std::uint64_t total)>;
  Progress(Callback callback, std::uint64_t total) : callback_(std::move(callback)), total_(total) {}

  // `offset` bytes of the current file are done.
  void within_file(std::uint64_t offset) { report(finished_ + offset, false); }
  // The current file, `size` bytes, is done; the next one starts.
  void finish_file(std::uint64_t size) {
    finished_ += size;
    report(finished_, finished_ >= total_);
  }
  std::uint64_t done() const { return finished_; }

 private:
  void report(std::uint64_t done, bool force) {
    if (!callback_ || (!force && done < reported_ + kStep)) return;
    reported_ = done;
    callback_(done, total_);
  }

  static constexpr std::uint64_t kStep = std::uint64_t{1} << 20;
  Callback callback_;
  std::uint64_t total_;
  std::uint64_t finished_ = 0;
  std::uint64_t reported_ = 0;
};

}  // namespace annals::ingest
