/// Lints inputs: plans one job per config (with what it references) or standalone document, runs
/// the jobs independently, in parallel, and merges their findings in a deterministic order.
#pragma once

#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/engine/discovery.h"
#include "lint/engine/options.h"
#include "lint/ruleset/catalog.h"

namespace lint {

class FolderMarks;

/// A run's findings and notes, and how many documents it checked.
struct LintResult {
  std::vector<Diagnostic> findings;  // sorted
  std::vector<Note> notes;           // in input order
  std::size_t checked = 0;           // 0: nothing was linted (the CLI exits 2)
  std::vector<std::string> reported;  // the documents whose findings are reported, as shown; sorted; empty
                                      // unless LintOptions::list_reported
};

class Engine {
 public:
  Engine(const Catalog& catalog, LintOptions options) : m_catalog(catalog), m_options(std::move(options)) {}

  /// Lints every input as PRODUCT.md "What gets linted" says.
  LintResult run(const std::vector<Input>& inputs) const;
  /// The findings of run(), alone.
  std::vector<Diagnostic> lint(const std::vector<Input>& inputs) const;

 private:
  void run_jobs(const std::vector<JobSpec>& jobs, LintResult& into, FolderMarks* marks) const;

  const Catalog& m_catalog;
  LintOptions m_options;
};

/// Sorts findings by file, position, rule and message, and drops exact repeats.
void sort_findings(std::vector<Diagnostic>& findings);

}  // namespace lint
