// The one way annals spreads work over threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace annals {

// At most this many threads, whatever is asked: more than a few per core only
// costs memory, and thousands fail to start (std::system_error).
inline constexpr unsigned kMaxThreads = 64;

// Threads to use for `tasks` independent tasks when `requested` were asked
// for (0: one per hardware thread): never more than the tasks, never more
// than kMaxThreads, at least one.
inline unsigned thread_count(unsigned requested, std::size_t tasks) {
  unsigned wanted = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
  wanted = std::min(wanted, kMaxThreads);
  return unsigned(std::max<std::size_t>(1, std::min<std::size_t>(wanted, tasks)));
}

// Calls work(index, worker) once for each index in [0, count), on `workers`
// threads (the calling thread is worker 0). Indices are handed out in order
// as workers free up. The first exception thrown by any call is rethrown
// here once all workers have stopped.
inline void parallel_for(std::size_t count, unsigned workers,
                         const std::function<void(std::size_t index, unsigned worker)>& work) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto run = [&](unsigned worker) {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        work(i, worker);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next = count;  // stop handing out work
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(run, w);
  run(0);
  for (auto& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace annals
