/// Output formats: text (with source line and caret), JSON, SARIF 2.1.0, GitHub workflow commands,
/// JUnit XML, GitLab Code Quality.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/core/strings.h"
#include "lint/ruleset/catalog.h"

namespace lint {

struct OutputInfo {
  std::string tool_version;
  std::string rules_version;
  bool color = false;
  bool quiet = false;
  std::vector<Note> notes;  // what the run tells besides findings (skipped files, skipped checks)
  bool baseline = false;    // the run compared with a baseline (SARIF then gives each result's baselineState)
};

/// A format written as a run goes: findings a job at a time, in the run's order, then the notes
/// and the end. Text, JSON and SARIF write each part as it comes; GitHub, JUnit and GitLab, which
/// order or count the whole run, keep the findings until the end.
class FormatWriter {
 public:
  virtual ~FormatWriter() = default;
  /// One part's findings. Source lines they share need to live only during the call.
  virtual void add(const std::vector<Diagnostic>& findings) = 0;
  /// The run's notes (formats that list them), then the end of the output.
  virtual void finish(const std::vector<Note>& notes) = 0;
};

/// The writer of format `name` (text, json, sarif, github, junit or gitlab) to `out`.
/// `catalog` and `info` must outlive it; `info.notes` is not read (finish() gets the notes).
std::unique_ptr<FormatWriter> format_writer(const std::string& name, std::ostream& out, const Catalog& catalog,
                                            const OutputInfo& info);

/// Notes as `note: path: message` lines (text output prints them on standard error).
void write_notes(std::ostream& out, const std::vector<Note>& notes);

void write_text(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info);
void write_json(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info);
void write_sarif(std::ostream& out, const std::vector<Diagnostic>& diags, const Catalog& catalog,
                 const OutputInfo& info);

/// GitHub Actions workflow commands (write_github_commands); when the environment variable
/// GITHUB_STEP_SUMMARY names a file, the step summary of every finding is appended to it first.
/// Accepted findings are left out of both.
void write_github(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info);
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=ID slug::message` per finding (warning
/// and notice for the other severities), at most GitHub's per-step limit of each, errors first;
/// then a notice counting the findings left out, then the notes as notices.
/// `summary_written` says whether the step summary lists every finding.
void write_github_commands(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info,
                           bool summary_written);
/// The step summary: counts and a Markdown table of the findings (location, severity, rule, message),
/// at most `budget` bytes, with a line counting the rows that did not fit.
void write_github_summary(std::ostream& out, const std::vector<Diagnostic>& diags, std::size_t budget);

/// JUnit XML: one test suite per file with findings, one failing test case per open finding.
void write_junit(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info);
/// GitLab Code Quality JSON: an array of the open findings, each with a fingerprint that survives
/// moved lines.
void write_gitlab(std::ostream& out, const std::vector<Diagnostic>& diags);

/// The findings that are not accepted (suppressed or in the baseline): what the formats that cannot
/// mark an accepted finding (GitHub, JUnit, GitLab) report.
std::vector<Diagnostic> open_findings(const std::vector<Diagnostic>& diags);
/// How a format names an acceptance: JSON `suppressed.kind` ("inSource", "baseline") and the
/// SARIF suppression kind ("inSource", "external").
const char* json_acceptance_kind(AcceptedBy by);
const char* sarif_suppression_kind(AcceptedBy by);

/// The last line a range covers: an end at column 1 stops on the line before.
std::size_t last_line(const Location& l);

}  // namespace lint
