/// The `report` command: its options, and running it with the lint options the main flags give.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "lint/engine/options.h"
#include "lint/ruleset/catalog.h"

namespace lint {

struct ReportFlags {
  std::string path;             // a config or a folder with one; "": the nearest dsop.yaml
  std::string format = "html";  // html | md
  std::string output;           // "": standard output
  std::string audience;         // "": every task
};

/// What the main command line gives the report besides its own flags.
struct ReportContext {
  LintOptions lint;
  std::string fail_on;         // error | warning | info | never
  std::string rules_version;
  std::string nearest_config;  // the dsop.yaml in . or its parents, for a report without PATH
  std::vector<std::string> extra_paths;  // paths after the first, which the main command line took
  std::string baseline;                  // --baseline: its findings are shown as accepted
};

/// Adds `report` with its options; the main flags (--today, --lang, --rules, --fail-on) work after it too.
CLI::App* add_report_command(CLI::App& app, ReportFlags& flags);

/// Writes the report; returns the exit code (1 when a finding is at or above --fail-on, 2 for a
/// usage error, which it prints to `err`).
int report_command(const ReportFlags& flags, const ReportContext& context, const Catalog& catalog, std::ostream& out,
                   std::ostream& err);

}  // namespace lint
