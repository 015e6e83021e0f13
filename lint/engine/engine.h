/// Lints inputs: plans one job per config (with what it references) or standalone document, runs
/// each job on its own and merges their findings in a deterministic order.
#pragma once

#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/engine/discovery.h"
#include "lint/engine/options.h"
#include "lint/ruleset/catalog.h"

namespace lint {

class Engine {
 public:
  Engine(const Catalog& catalog, LintOptions options) : m_catalog(catalog), m_options(std::move(options)) {}

  /// Lints every input (and what configs reference) and returns the findings, sorted.
  std::vector<Diagnostic> lint(const std::vector<Input>& inputs) const;

  /// Runs the planned jobs and merges their findings; each job is independent of the others.
  std::vector<Diagnostic> run(const std::vector<JobSpec>& jobs) const;

 private:
  const Catalog& m_catalog;
  LintOptions m_options;
};

/// Sorts findings by file, position, rule and message, and drops exact repeats.
void sort_findings(std::vector<Diagnostic>& findings);

}  // namespace lint
