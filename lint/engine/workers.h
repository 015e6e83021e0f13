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

}  // namespace lint
