// run_parallel and run_in_order: every index once; run_in_order consumes in index order, never
// more than its window ahead, and stops on the first exception, for 1, 2 and 8 threads.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "lint/engine/workers.h"

TEST_CASE("run_parallel: every index runs once") {
  for (unsigned workers : {1u, 2u, 8u}) {
    std::vector<std::atomic<int>> runs(500);
    lint::run_parallel(runs.size(), workers, [&](std::size_t i) { ++runs[i]; });
    for (const auto& r : runs) CHECK(r == 1);
  }
}

TEST_CASE("run_in_order: consumed in index order, each after it was produced, never more than the window ahead") {
  for (unsigned workers : {1u, 2u, 8u}) {
    for (std::size_t window : {1u, 3u, 16u}) {
      const std::size_t count = 300;
      std::vector<std::atomic<bool>> produced(count);
      std::vector<std::size_t> consumed;
      std::atomic<std::size_t> ahead{0}, most_ahead{0}, unproduced{0};
      std::mutex m;
      lint::run_in_order(
          count, workers, window,
          [&](std::size_t i) {
            const std::size_t now = ++ahead;  // produced or being produced, not yet consumed
            for (std::size_t seen = most_ahead; now > seen && !most_ahead.compare_exchange_weak(seen, now);) {
            }
            if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));  // out of turn
            produced[i] = true;
          },
          [&](std::size_t i) {
            const std::lock_guard lock(m);  // Catch2 asserts on the main thread only
            if (!produced[i]) ++unproduced;
            consumed.push_back(i);
            --ahead;
          });
      CHECK(unproduced == 0);
      REQUIRE(consumed.size() == count);
      for (std::size_t i = 0; i < count; ++i) CHECK(consumed[i] == i);
      CHECK(most_ahead <= window);
    }
  }
}

TEST_CASE("run_in_order: the first exception stops the run and is rethrown, from a producer or a consumer") {
  for (unsigned workers : {1u, 2u, 8u}) {
    std::atomic<std::size_t> consumed{0};
    CHECK_THROWS_WITH(lint::run_in_order(
                          1000, workers, 4,
                          [](std::size_t i) {
                            if (i == 10) throw std::runtime_error("producer 10");
                          },
                          [&](std::size_t) { ++consumed; }),
                      "producer 10");
    CHECK(consumed <= 10);
    CHECK_THROWS_WITH(lint::run_in_order(
                          1000, workers, 4, [](std::size_t) {},
                          [](std::size_t i) {
                            if (i == 5) throw std::runtime_error("consumer 5");
                          }),
                      "consumer 5");
  }
}

TEST_CASE("run_in_order: nothing to run calls nothing") {
  bool called = false;
  lint::run_in_order(0, 2, 4, [&](std::size_t) { called = true; }, [&](std::size_t) { called = true; });
  CHECK_FALSE(called);
}
