/// `dsoplint report`: lints one config, judges each onboarding task from its findings and
/// evidence, and writes the readiness report as HTML or Markdown.
#pragma once

#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/engine/baseline.h"
#include "lint/engine/options.h"
#include "lint/report/config_facts.h"
#include "lint/report/readiness.h"
#include "lint/report/task_table.h"

namespace lint {

class Catalog;

namespace report {

enum class Format { Html, Markdown };

struct ReportRequest {
  std::string config;                  // the config file to report on, or a folder with one
  LintOptions lint;                    // date, language and limits for the lint run
  Severity blocking = Severity::Error; // a finding at or above it blocks its tasks
  std::string audience;                // "": every task
  Format format = Format::Html;
  std::string tool_version, rules_version;
  /// The baseline (--baseline) whose findings are accepted, or null.
  const Baseline* baseline = nullptr;
  /// Findings accepted besides those the lint run marks (suppression comments) or the baseline holds.
  std::vector<AcceptedFinding> accepted;
};

/// A request the report cannot serve (an unknown audience); the command treats it as a usage error.
class ReportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The config a report is about: `path` when it is a config file, or the dsop.yaml (or another of
/// config_file_names()) in the folder `path`. Throws ReportError when there is none, or when
/// `path` is a YAML file that parses but is not a config (no `version` and `service` at its top).
std::string report_config(const std::string& path, const Catalog& catalog);

/// A config's lint run and its assessment; the readiness points into the rest, so it stays put.
struct Assessment {
  TaskTable table;
  std::vector<Diagnostic> findings;      // the open ones, which can block a task
  std::vector<Diagnostic> all_findings;  // the accepted ones too (for the exit code, which skips them)
  ConfigFacts config;
  Readiness readiness;
};

/// Lints the config (report_config() of the request's path) with what it references and judges
/// each task: what write_report shows. Throws ReportError for a bad path or audience.
std::unique_ptr<const Assessment> assess_config(const ReportRequest& request, const Catalog& catalog);

/// Lints the config with what it references, writes the report and returns the findings, the
/// accepted ones marked (the command's exit code follows the others). Throws RuleFileError when a data table is malformed.
std::vector<Diagnostic> write_report(const ReportRequest& request, const Catalog& catalog, std::ostream& out);

}  // namespace report
}  // namespace lint
