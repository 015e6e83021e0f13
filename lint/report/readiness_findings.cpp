// Which tasks a finding bears on: its rule's task, and any task whose evidence it sits in.
#include "lint/report/readiness_findings.h"

#include "lint/ruleset/catalog.h"
#include "lint/ruleset/paths.h"

namespace lint::report {

namespace {

// Whether a finding at config path `path` in environment `env` lies in the task's evidence.
bool in_evidence(const Task& task, const std::string& path, const std::string& env) {
  for (const EvidenceItem& item : task.evidence) {
    if (!item.covers) continue;
    const bool per_env = item.path.find("{env}") != std::string::npos;
    if (per_env && env.empty()) continue;
    if (path_within(path, per_env ? with_env(item.path, env) : item.path)) return true;
  }
  return false;
}

}  // namespace

TaskFinding describe(const ReadinessInput& input, const Diagnostic& finding) {
  const std::optional<std::string> path = input.config.path_of(finding);
  return {&finding, input.catalog.find(finding.rule_id), path ? env_of(*path) : "",
          finding.severity >= input.blocking, false};
}

std::vector<Attribution> attribute(const ReadinessInput& input, const Diagnostic& finding) {
  std::vector<Attribution> out;
  const TaskFinding base = describe(input, finding);
  const Rule* rule = base.rule;
  const std::optional<std::string> path = input.config.path_of(finding);
  const std::string own = rule ? rule->task : "";
  if (const Task* task = input.table.find(own)) out.push_back({task, base});
  if (!base.blocking) return out;
  // A config that did not parse, or that a stopping rule ended, proves nothing it holds.
  const bool stops_config = finding.location.path == input.config.path() &&
                            (!input.config.readable() || (rule && rule->stops));
  for (const Task* task : input.table.tasks()) {
    if (task->id == own) continue;
    const bool hit = stops_config ? !task->evidence.empty() : path && in_evidence(*task, *path, base.env);
    if (!hit) continue;
    TaskFinding via = base;
    via.through_evidence = true;
    out.push_back({task, via});
  }
  return out;
}

}  // namespace lint::report
