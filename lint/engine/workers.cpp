// run_parallel: a shared counter hands out task indexes to a fixed set of threads.
#include "lint/engine/workers.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace lint {

unsigned worker_count(unsigned requested, std::size_t tasks) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const unsigned wanted = requested == 0 ? cores : requested;
  return static_cast<unsigned>(std::clamp<std::size_t>(tasks, 1, wanted));
}

void run_parallel(std::size_t count, unsigned workers, const std::function<void(std::size_t)>& task) {
  if (workers <= 1) {
    for (std::size_t i = 0; i < count; ++i) task(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr error;
  std::mutex error_mutex;
  const auto work = [&] {
    for (std::size_t i = next++; i < count && !failed; i = next++) {
      try {
        task(i);
      } catch (...) {
        const std::lock_guard lock(error_mutex);
        if (!error) error = std::current_exception();
        failed = true;
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace lint
