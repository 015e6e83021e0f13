// Engine: plans the jobs, runs each one on its own, and merges their sorted findings.
#include "lint/engine/engine.h"

#include <algorithm>
#include <tuple>

#include "lint/engine/job.h"

namespace lint {

namespace {

bool before(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.location.path, a.location.start.line, a.location.start.column, a.rule_id, a.message) <
         std::tie(b.location.path, b.location.start.line, b.location.start.column, b.rule_id, b.message);
}

bool same(const Diagnostic& a, const Diagnostic& b) {
  return a.rule_id == b.rule_id && a.location.path == b.location.path && a.location.bytes == b.location.bytes &&
         a.message == b.message;
}

}  // namespace

void sort_findings(std::vector<Diagnostic>& findings) {
  std::stable_sort(findings.begin(), findings.end(), before);
  findings.erase(std::unique(findings.begin(), findings.end(), same), findings.end());
}

std::vector<Diagnostic> Engine::lint(const std::vector<Input>& inputs) const { return run(plan_jobs(inputs)); }

std::vector<Diagnostic> Engine::run(const std::vector<JobSpec>& jobs) const {
  // Each job's findings are complete and sorted when it ends; its documents are released then.
  std::vector<std::vector<Diagnostic>> results(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) results[i] = Job(m_catalog, m_options).run(jobs[i]);
  std::vector<Diagnostic> merged;
  for (auto& r : results) merged.insert(merged.end(), std::make_move_iterator(r.begin()), std::make_move_iterator(r.end()));
  sort_findings(merged);  // stable: equal findings keep job order, so the result is the same for any schedule
  return merged;
}

}  // namespace lint
