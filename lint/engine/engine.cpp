// Engine: plans the jobs, runs each one on its own, and hands their findings on in job order.
#include "lint/engine/engine.h"

#include <algorithm>
#include <unordered_set>

#include "lint/core/strings.h"
#include "lint/engine/classify.h"
#include "lint/engine/loaded_files.h"
#include "lint/engine/workers.h"

namespace lint {

namespace {

// How many jobs may be done and waiting for an earlier one to end, per worker.
constexpr std::size_t kWaitingPerWorker = 8;

}  // namespace

// The findings a run has handed on, by a hash of what `same` compares: a document that two
// configs load gets the same findings from both jobs, and only the first job's are reported.
class Engine::Repeats {
 public:
  void drop_from(std::vector<Diagnostic>& findings) {
    std::erase_if(findings, [&](const Diagnostic& d) { return !m_seen.insert(key(d)).second; });
  }

 private:
  static std::uint64_t key(const Diagnostic& d) {
    const std::string range = std::to_string(d.location.bytes.begin) + '-' + std::to_string(d.location.bytes.end);
    return StableHash().add(d.rule_id).add("|").add(d.location.path).add("|").add(range).add("|").add(d.message).value();
  }
  std::unordered_set<std::uint64_t> m_seen;
};

std::vector<Diagnostic> Engine::lint(const std::vector<Input>& inputs) const { return run(inputs).findings; }

LintResult Engine::run(const std::vector<Input>& inputs) const {
  LintResult result;
  run(inputs, [&](JobResult& part) {
    result.findings.insert(result.findings.end(), std::make_move_iterator(part.findings.begin()),
                           std::make_move_iterator(part.findings.end()));
    result.notes.insert(result.notes.end(), part.notes.begin(), part.notes.end());
    result.checked += part.checked;
    result.reported.insert(result.reported.end(), std::make_move_iterator(part.reported.begin()),
                           std::make_move_iterator(part.reported.end()));
  });
  std::sort(result.reported.begin(), result.reported.end());
  result.reported.erase(std::unique(result.reported.begin(), result.reported.end()), result.reported.end());
  return result;
}

void Engine::run(const std::vector<Input>& inputs, const RunSink& sink) const {
  Plan plan = plan_jobs(inputs, m_catalog, m_options);
  JobResult planned;
  planned.notes = std::move(plan.notes);
  sink(planned);
  Repeats repeats;
  LoadedFiles loaded;
  run_jobs(plan.jobs, plan.folders.empty() ? nullptr : &loaded, repeats, sink);
  if (plan.folders.empty()) return;
  // A folder's files that no config of the run references: templates (by content) and consent
  // texts are linted alone.
  std::vector<JobSpec> unreferenced;
  for (std::string& path : unloaded_folder_files(plan, [&](const std::string& id) { return loaded.loaded(id); })) {
    const bool text = kind_from_name(path) == DocKind::Text;
    unreferenced.push_back({std::move(path), nullptr, {}, !text, text});
  }
  run_jobs(unreferenced, nullptr, repeats, sink);
}

void Engine::run_jobs(const std::vector<JobSpec>& jobs, LoadedFiles* loaded, Repeats& repeats,
                      const RunSink& sink) const {
  // Each job's findings are complete and sorted when it ends; its documents are released then.
  // The catalog, its compiled rules and data are shared read-only by the workers.
  const unsigned workers = worker_count(m_options.jobs, jobs.size());
  std::vector<JobResult> slots(workers * kWaitingPerWorker);
  run_in_order(
      jobs.size(), workers, slots.size(),
      [&](std::size_t i) { slots[i % slots.size()] = Job(m_catalog, m_options, loaded).run(jobs[i]); },
      [&](std::size_t i) {
        JobResult& part = slots[i % slots.size()];
        repeats.drop_from(part.findings);
        sink(part);
        part = JobResult();  // released as soon as it is handed on
      });
}

}  // namespace lint
