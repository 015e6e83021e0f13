/// Runs independent tasks on a few threads: each index once, results stored by the task itself.
#pragma once

#include <cstddef>
#include <functional>

namespace lint {

/// How many threads to use: `requested`, or one per core when it is 0; never more than `tasks`.
unsigned worker_count(unsigned requested, std::size_t tasks);

/// Calls `task(i)` for every i below `count` on `workers` threads (on this one when 1). The first
/// exception a task throws is rethrown here once every thread has stopped.
void run_parallel(std::size_t count, unsigned workers, const std::function<void(std::size_t)>& task);

/// Like run_parallel, and `consume(i)` once `produce(i)` is done and `consume(i - 1)` has returned:
/// consumers run one at a time, in index order, on whichever thread is free. At most `window`
/// indexes are produced and not yet consumed, so a caller can keep results in `window` slots
/// (slot i % window). The first exception is rethrown once every thread has stopped.
void run_in_order(std::size_t count, unsigned workers, std::size_t window,
                  const std::function<void(std::size_t)>& produce, const std::function<void(std::size_t)>& consume);

}  // namespace lint
