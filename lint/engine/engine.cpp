// Engine: plans the jobs, runs each one on its own, and merges their sorted findings.
#include "lint/engine/engine.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "lint/engine/classify.h"
#include "lint/engine/folder_marks.h"
#include "lint/engine/job.h"
#include "lint/engine/workers.h"

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
  // Jobs run in path order and each sorts its own findings, so the merged list is mostly sorted
  // already; the check spares the sort and its buffer, as large as half the findings.
  if (!std::is_sorted(findings.begin(), findings.end(), before))
    std::stable_sort(findings.begin(), findings.end(), before);
  findings.erase(std::unique(findings.begin(), findings.end(), same), findings.end());
}

std::vector<Diagnostic> Engine::lint(const std::vector<Input>& inputs) const { return run(inputs).findings; }

LintResult Engine::run(const std::vector<Input>& inputs) const {
  Plan plan = plan_jobs(inputs, m_catalog, m_options);
  LintResult result;
  result.notes = std::move(plan.notes);
  std::optional<FolderMarks> marks;
  if (!plan.folder_files.empty()) marks.emplace(plan.folder_files);
  run_jobs(plan.jobs, result, marks ? &*marks : nullptr);
  // A folder's files that no config of the run references: templates (by content) and consent
  // texts are linted alone.
  std::vector<JobSpec> unreferenced;
  for (std::size_t i = 0; i < plan.folder_files.size(); ++i) {
    if (marks->marked(i)) continue;
    const std::string& path = plan.folder_files[i];
    const bool text = kind_from_name(path) == DocKind::Text;
    unreferenced.push_back({path, nullptr, {}, !text, text});
  }
  run_jobs(unreferenced, result, nullptr);
  std::sort(result.reported.begin(), result.reported.end());
  result.reported.erase(std::unique(result.reported.begin(), result.reported.end()), result.reported.end());
  sort_findings(result.findings);  // stable: equal findings keep job order, whatever the schedule
  return result;
}

void Engine::run_jobs(const std::vector<JobSpec>& jobs, LintResult& into, FolderMarks* marks) const {
  // Each job's findings are complete and sorted when it ends; its documents are released then.
  // The catalog, its compiled rules and data are shared read-only by the workers.
  std::vector<JobResult> results(jobs.size());
  run_parallel(jobs.size(), worker_count(m_options.jobs, jobs.size()),
               [&](std::size_t i) { results[i] = Job(m_catalog, m_options, marks).run(jobs[i]); });
  std::size_t findings = into.findings.size();
  for (const JobResult& r : results) findings += r.findings.size();
  into.findings.reserve(findings);
  for (JobResult& r : results) {
    into.findings.insert(into.findings.end(), std::make_move_iterator(r.findings.begin()),
                         std::make_move_iterator(r.findings.end()));
    into.notes.insert(into.notes.end(), r.notes.begin(), r.notes.end());
    into.checked += r.checked;
    into.reported.insert(into.reported.end(), std::make_move_iterator(r.reported.begin()),
                         std::make_move_iterator(r.reported.end()));
    r = JobResult();  // released as soon as it is merged
  }
}

}  // namespace lint
