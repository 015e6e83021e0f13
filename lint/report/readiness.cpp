// assess(): findings to tasks, evidence per environment, each task's status and the verdicts.
#include "lint/report/readiness.h"

#include <algorithm>

#include "lint/report/readiness_findings.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/paths.h"

namespace lint::report {

namespace {

// A value a finding points into is not shown (it may be a secret, and the finding says more).
void hide_flagged(const ReadinessInput& input, std::vector<FieldValue>& values) {
  for (FieldValue& v : values)
    for (const Diagnostic& d : input.findings)
      if (d.location.path == input.config.path() && d.location.bytes.begin >= v.range.begin &&
          d.location.bytes.begin < v.range.end)
        v.hidden = true;
}

EvidenceRow read_evidence(const ReadinessInput& input, const Task& task, const EvidenceItem& item) {
  EvidenceRow row{&item, item.path.find("{env}") != std::string::npos, {}};
  for (const EnvironmentInfo& env : input.table.environments) {
    EnvEvidence cell{task.needed_in(env.id), {}};
    if (cell.needed) cell.values = input.config.fields(with_env(item.path, env.id));
    hide_flagged(input, cell.values);
    row.envs.push_back(std::move(cell));
  }
  return row;
}

Status status_in(const TaskResult& result, std::size_t env_at, const std::string& env) {
  const Task& task = *result.task;
  if (!task.needed_in(env)) return Status::NotNeeded;
  if (result.blocked_in(env)) return Status::Blocked;
  if (result.rules.empty() || task.proved_by == ProvedBy::Person) return Status::Outside;
  if (!result.missing[env_at].empty()) return Status::Missing;
  return Status::Proven;
}

void decide(const ReadinessInput& input, TaskResult& result) {
  const auto& envs = input.table.environments;
  result.missing.assign(envs.size(), {});
  for (std::size_t i = 0; i < envs.size(); ++i) {
    for (const EvidenceRow& row : result.evidence)
      if (row.item->required && row.envs[i].needed && row.envs[i].values.empty())
        result.missing[i].push_back(with_env(row.item->path, envs[i].id));
    result.status.push_back(status_in(result, i, envs[i].id));
  }
}

TaskResult start_task(const ReadinessInput& input, const Task& task) {
  TaskResult result;
  result.task = &task;
  for (const Rule& rule : input.catalog.rules())
    if (rule.task == task.id) result.rules.push_back(&rule);
  for (const EvidenceItem& item : task.evidence) result.evidence.push_back(read_evidence(input, task, item));
  return result;
}

bool applies(const TaskFinding& f, const std::string& env) { return f.env.empty() || f.env == env; }

Verdict verdict_for(const Readiness& r, const ReadinessInput& input, std::size_t at) {
  const EnvironmentInfo& env = input.table.environments[at];
  Verdict v;
  v.env = &env;
  v.in_config = input.config.has_environment(env.id);
  for (const TaskResult& t : r.tasks) {
    switch (t.status[at]) {
      case Status::Blocked: v.blocked.push_back(t.task->id); break;
      case Status::Missing: v.missing.push_back(t.task->id); break;
      case Status::Outside: v.outside.push_back(t.task->id); break;
      case Status::Proven: ++v.proven; break;
      case Status::NotNeeded: break;
    }
  }
  for (const TaskFinding& f : r.untied)
    if (f.blocking && applies(f, env.id)) ++v.untied_blocking;
  v.ready = v.in_config && v.blocked.empty() && v.missing.empty() && v.untied_blocking == 0;
  return v;
}

void place_accepted(Readiness& r, const ReadinessInput& input) {
  for (std::size_t i = 0; i < r.accepted.size(); ++i) {
    const Rule* rule = input.catalog.find(r.accepted[i].finding.rule_id);
    for (TaskResult& t : r.tasks)
      if (rule && rule->task == t.task->id) t.accepted.push_back(i);
  }
}

}  // namespace

bool TaskResult::differs() const {
  return std::adjacent_find(status.begin(), status.end(), std::not_equal_to<>()) != status.end();
}

bool TaskResult::blocked_in(const std::string& env) const {
  return std::any_of(findings.begin(), findings.end(), [&](const TaskFinding& f) { return f.blocking && applies(f, env); });
}

std::size_t env_index(const TaskTable& table, const std::string& env) {
  for (std::size_t i = 0; i < table.environments.size(); ++i)
    if (table.environments[i].id == env) return i;
  return table.environments.size();
}

Readiness assess(const ReadinessInput& input) {
  Readiness r;
  r.config_path = input.config.path();
  r.institution = input.config.scalar("institution.name");
  r.orgnr = input.config.scalar("institution.orgnr");
  r.today = input.today;
  r.blocking = input.blocking;
  r.config_readable = input.config.readable();
  r.accepted = input.accepted;
  for (const Task* task : input.table.tasks()) r.tasks.push_back(start_task(input, *task));
  for (const Diagnostic& d : input.findings) {
    for (const Attribution& a : attribute(input, d))
      for (TaskResult& t : r.tasks)
        if (t.task == a.task) t.findings.push_back(a.finding);
    const Rule* rule = input.catalog.find(d.rule_id);
    if (!rule || !input.table.find(rule->task)) r.untied.push_back(describe(input, d));
  }
  for (TaskResult& t : r.tasks) decide(input, t);
  for (std::size_t i = 0; i < input.table.environments.size(); ++i) r.verdicts.push_back(verdict_for(r, input, i));
  place_accepted(r, input);
  return r;
}

}  // namespace lint::report
