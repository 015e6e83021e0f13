/// Lints inputs: plans one job per config (with what it references) or standalone document, runs
/// the jobs independently, in parallel, and hands their findings on in job order as they end.
#pragma once

#include <functional>
#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/engine/discovery.h"
#include "lint/engine/job.h"
#include "lint/engine/options.h"
#include "lint/ruleset/catalog.h"

namespace lint {

class LoadedFiles;

/// Takes a run's parts in the run's order: first the plan's notes (a part with nothing else), then
/// each job's findings and notes. Called on one thread at a time; a part's findings share source
/// lines that are released when the call returns.
using RunSink = std::function<void(JobResult& part)>;

/// A run's findings and notes, and how many documents it checked.
struct LintResult {
  std::vector<Diagnostic> findings;  // job by job: each job's sorted by file and position
  std::vector<Note> notes;           // in input order
  std::size_t checked = 0;           // 0: nothing was linted (the CLI exits 2)
  std::vector<std::string> reported;  // the documents whose findings are reported, as shown; sorted; empty
                                      // unless LintOptions::list_reported
};

class Engine {
 public:
  Engine(const Catalog& catalog, LintOptions options) : m_catalog(catalog), m_options(std::move(options)) {}

  /// Lints every input as PRODUCT.md "What gets linted" says, and keeps the whole run.
  LintResult run(const std::vector<Input>& inputs) const;
  /// Lints every input and hands each part on as soon as the jobs before it have: the configs'
  /// jobs in plan order, then the folder files no config loaded. A finding a job before handed on
  /// (a document two configs load) is left out. Memory stays with the jobs in flight.
  void run(const std::vector<Input>& inputs, const RunSink& sink) const;
  /// The findings of run(), alone.
  std::vector<Diagnostic> lint(const std::vector<Input>& inputs) const;

 private:
  class Repeats;
  void run_jobs(const std::vector<JobSpec>& jobs, LoadedFiles* loaded, Repeats& repeats, const RunSink& sink) const;

  const Catalog& m_catalog;
  LintOptions m_options;
};

}  // namespace lint
