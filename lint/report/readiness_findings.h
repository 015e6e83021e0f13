/// Tracing one finding to the onboarding tasks it bears on (used by assess()).
#pragma once

#include <vector>

#include "lint/report/readiness.h"

namespace lint::report {

struct Attribution {
  const Task* task = nullptr;
  TaskFinding finding;
};

/// The finding with its rule, environment and whether it blocks, not yet tied to a task.
TaskFinding describe(const ReadinessInput& input, const Diagnostic& finding);

/// The tasks a finding bears on: the task its rule names, and, when it blocks, every task whose
/// covering evidence holds the config place it belongs to (or every task with evidence in the
/// config when it stops the config: the config did not parse, or a stopping rule fired on it).
std::vector<Attribution> attribute(const ReadinessInput& input, const Diagnostic& finding);

}  // namespace lint::report
