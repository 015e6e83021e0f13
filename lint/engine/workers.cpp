// run_parallel: a shared counter hands out task indexes to a fixed set of threads; run_in_order
// adds a window of slots and hands finished results on in index order.
#include "lint/engine/workers.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
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

namespace {

// The state run_in_order's threads share, under one mutex.
class OrderedRun {
 public:
  OrderedRun(std::size_t count, std::size_t window, const std::function<void(std::size_t)>& produce,
             const std::function<void(std::size_t)>& consume)
      : m_count(count), m_window(std::max<std::size_t>(1, window)), m_ready(m_window, false), m_produce(produce),
        m_consume(consume) {}

  void work() {
    std::unique_lock lock(m_mutex);
    for (;;) {
      m_wake.wait(lock, [&] { return m_failed || m_next >= m_count || m_next < m_consumed + m_window; });
      if (m_failed || m_next >= m_count) return;
      const std::size_t i = m_next++;
      if (!attempt(lock, [&] { m_produce(i); })) return;
      m_ready[i % m_window] = true;
      hand_on(lock);
    }
  }

  void rethrow() const {
    if (m_error) std::rethrow_exception(m_error);
  }

 private:
  // Consumes the finished results in order while no other thread does.
  void hand_on(std::unique_lock<std::mutex>& lock) {
    while (!m_consuming && !m_failed && m_consumed < m_count && m_ready[m_consumed % m_window]) {
      m_consuming = true;
      const std::size_t i = m_consumed;
      if (!attempt(lock, [&] { m_consume(i); })) return;
      m_ready[i % m_window] = false;
      m_consumed = i + 1;
      m_consuming = false;
      m_wake.notify_all();
    }
  }

  // Runs `step` unlocked; on an exception keeps the first one, stops the run and returns false.
  template <typename Step>
  bool attempt(std::unique_lock<std::mutex>& lock, Step step) {
    lock.unlock();
    std::exception_ptr error;
    try {
      step();
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    if (!error) return true;
    if (!m_error) m_error = error;
    m_failed = true;
    m_wake.notify_all();
    return false;
  }

  const std::size_t m_count;
  const std::size_t m_window;
  std::vector<bool> m_ready;  // by slot: produced, not yet consumed
  const std::function<void(std::size_t)>& m_produce;
  const std::function<void(std::size_t)>& m_consume;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::size_t m_next = 0;      // the next index to produce
  std::size_t m_consumed = 0;  // every index below is consumed
  bool m_consuming = false;
  bool m_failed = false;
  std::exception_ptr m_error;
};

}  // namespace

void run_in_order(std::size_t count, unsigned workers, std::size_t window,
                  const std::function<void(std::size_t)>& produce, const std::function<void(std::size_t)>& consume) {
  OrderedRun run(count, window, produce, consume);
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < workers; ++t) threads.emplace_back([&] { run.work(); });
  run.work();
  for (auto& t : threads) t.join();
  run.rethrow();
}

}  // namespace lint
