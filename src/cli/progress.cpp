#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace annals::cli {

namespace {
// Below this a run finishes before a bar would be worth reading.
constexpr std::uint64_t kBarThresholdBytes = 4u << 20;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
}  // namespace

Progress::Progress(bool enabled)
    : enabled_(enabled), live_(enabled && isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()) {}

double Progress::elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::bytes(std::uint64_t done, std::uint64_t total) {
  total_bytes_ = total;
  if (!live_ || total < kBarThresholdBytes) return;
  double seconds = elapsed();
  double rate = seconds > 0 ? double(done) / seconds : 0;
  char text[64];
  std::snprintf(text, sizeof text, "reading %.1f MB/s", rate / 1e6);
  draw(total ? double(done) / double(total) : 0, text, rate > 0 ? double(total - done) / rate : -1);
}

void Progress::articles(std::size_t done, std::size_t total) {
  if (!live_ || total_bytes_ < kBarThresholdBytes) return;
  double seconds = elapsed();
  double rate = seconds > 0 ? double(done) / seconds : 0;
  char text[64];
  std::snprintf(text, sizeof text, "analysing %.0f articles/s", rate);
  draw(total ? double(done) / double(total) : 0, text, rate > 0 ? double(total - done) / rate : -1);
}

void Progress::draw(double fraction, const std::string& rate, double eta_seconds) {
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < kRedrawInterval && fraction < 1.0) return;
  last_draw_ = now;
  constexpr int kWidth = 30;
  int filled = int(fraction * kWidth);
  std::string bar(std::size_t(filled), '#');
  bar.resize(kWidth, '.');
  if (eta_seconds >= 0)
    std::fprintf(stderr, "\r[%s] %3.0f%% %s, ETA %.0fs   ", bar.c_str(), fraction * 100, rate.c_str(), eta_seconds);
  else
    std::fprintf(stderr, "\r[%s] %3.0f%% %s   ", bar.c_str(), fraction * 100, rate.c_str());
}

void Progress::finish(const std::string& what, std::size_t articles, std::uint64_t bytes) {
  if (!enabled_) return;
  if (live_ && total_bytes_ >= kBarThresholdBytes) std::fprintf(stderr, "\r%*s\r", 80, "");
  double seconds = elapsed();
  std::fprintf(stderr, "%s: %zu articles, %.1f MB in %.2fs (%.0f articles/s, %.1f MB/s)\n", what.c_str(),
               articles, double(bytes) / 1e6, seconds, seconds > 0 ? double(articles) / seconds : 0.0,
               seconds > 0 ? double(bytes) / 1e6 / seconds : 0.0);
}

}  // namespace annals::cli
