// Progress on stderr for long loads: a live bar on a terminal, one summary
// line otherwise (logs stay readable).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace annals::cli {

class Progress {
 public:
  // `enabled` false (--quiet) prints nothing at all.
  explicit Progress(bool enabled);

  // Reading phase: bytes done out of total (0 = unknown).
  void bytes(std::uint64_t done, std::uint64_t total);
  // Analysis phase: articles done out of total.
  void articles(std::size_t done, std::size_t total);
  // Clears the bar and prints "<what>: N articles, X MB in Ts (A articles/s, B MB/s)".
  void finish(const std::string& what, std::size_t articles, std::uint64_t bytes);

 private:
  void draw(double fraction, const std::string& rate, double eta_seconds);
  double elapsed() const;

  bool enabled_;
  bool live_;  // stderr is a terminal
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  std::uint64_t total_bytes_ = 0;
};

}  // namespace annals::cli
