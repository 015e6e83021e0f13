/// The readiness of one config, task by task and environment by environment: which findings
/// block each task, what the config shows as its evidence, and the verdict per environment.
#pragma once

#include <string>
#include <vector>

#include "lint/core/date.h"
#include "lint/core/diagnostic.h"
#include "lint/report/config_facts.h"
#include "lint/report/task_table.h"

namespace lint {

class Catalog;
struct Rule;

namespace report {

enum class Status { Proven, Blocked, Missing, Outside, NotNeeded };

/// A finding as it bears on one task.
struct TaskFinding {
  const Diagnostic* finding = nullptr;
  const Rule* rule = nullptr;
  std::string env;               // the environment it is in; "" for all of them
  bool blocking = false;         // at or above the blocking severity
  bool through_evidence = false; // its rule names another task, but it sits in this task's evidence
};

/// A finding a suppression comment or the baseline accepted, and the reason given for it. The
/// report shows it under the task of the finding's rule, without letting it block.
struct AcceptedFinding {
  Diagnostic finding;
  std::string reason;
  bool baselined = false;  // false: a suppression comment
};

/// What the config gives for one evidence item in one environment.
struct EnvEvidence {
  bool needed = true;  // the task is needed in this environment
  std::vector<FieldValue> values;
};

struct EvidenceRow {
  const EvidenceItem* item = nullptr;
  bool per_env = false;          // the path has {env}: one value per environment
  std::vector<EnvEvidence> envs; // in the table's environment order
};

struct TaskResult {
  const Task* task = nullptr;
  std::vector<Status> status;                     // per environment, in the table's order
  std::vector<std::vector<std::string>> missing;  // per environment: required fields absent
  std::vector<EvidenceRow> evidence;
  std::vector<TaskFinding> findings;
  std::vector<std::size_t> accepted;              // indexes into Readiness::accepted
  std::vector<const Rule*> rules;                 // the rules whose `task` names it

  /// Whether the status differs between the environments.
  bool differs() const;
  bool blocked_in(const std::string& env) const;
};

struct Verdict {
  const EnvironmentInfo* env = nullptr;
  bool in_config = false;  // the config has this environment
  bool ready = false;
  std::vector<std::string> blocked, missing, outside;  // task ids
  std::size_t proven = 0;
  std::size_t untied_blocking = 0;  // blocking findings of rules that name no task
};

struct Readiness {
  std::string config_path, institution, orgnr;
  DayNumber today = 0;
  Severity blocking = Severity::Error;    // the lowest severity that blocks a task
  bool config_readable = false;
  std::vector<TaskResult> tasks;          // in the table's order
  std::vector<Verdict> verdicts;          // per environment
  std::vector<TaskFinding> untied;        // findings of rules that name no onboarding task
  std::vector<AcceptedFinding> accepted;  // see AcceptedFinding
};

struct ReadinessInput {
  const TaskTable& table;
  const Catalog& catalog;
  const ConfigFacts& config;
  const std::vector<Diagnostic>& findings;
  Severity blocking = Severity::Error;  // a finding at or above it blocks its tasks
  DayNumber today = 0;
  std::vector<AcceptedFinding> accepted;
};

/// Assigns every finding to its tasks and decides each task's status and the verdicts.
/// The result points into `input` (table, catalog, findings), which must outlive it.
Readiness assess(const ReadinessInput& input);

/// The index of an environment in the table's order.
std::size_t env_index(const TaskTable& table, const std::string& env);

}  // namespace report
}  // namespace lint
