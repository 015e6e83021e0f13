// `dsoplint report [PATH]`: flags to a report request, the output file, and the exit code.
#include "lint/cli/cli_report.h"

#include <fstream>
#include <optional>

#include "lint/cli/baseline_file.h"
#include "lint/cli/cli.h"
#include "lint/report/report.h"

namespace lint {

namespace {

// A finding blocks its task when it is an error, or at or above --fail-on when that is lower.
Severity blocking_severity(const std::string& fail_on) {
  const auto s = parse_severity(fail_on);
  return s && *s < Severity::Error ? *s : Severity::Error;
}

bool fails(const std::vector<Diagnostic>& findings, const std::string& fail_on) {
  const auto threshold = parse_severity(fail_on);
  if (!threshold) return false;  // never
  for (const Diagnostic& d : findings)
    if (!d.is_accepted() && d.severity >= *threshold) return true;
  return false;
}

}  // namespace

CLI::App* add_report_command(CLI::App& app, ReportFlags& flags) {
  auto* cmd = app.add_subcommand("report", "the onboarding readiness report, per task A-1 … D-3 and audience");
  cmd->add_option("path", flags.path, "a config, or a folder with a dsop.yaml (default: the nearest dsop.yaml)");
  cmd->add_option("--format", flags.format, "html (one self-contained page) or md (Markdown)")
      ->check(CLI::IsMember({"html", "md"}));
  cmd->add_option("-o,--output", flags.output, "write the report to this file instead of standard output");
  cmd->add_option("--audience", flags.audience, "show only the tasks for this audience (IT, Forretning, Alle)");
  cmd->fallthrough();
  return cmd;
}

int report_command(const ReportFlags& flags, const ReportContext& context, const Catalog& catalog, std::ostream& out,
                   std::ostream& err) {
  try {
    if (!context.extra_paths.empty())
      throw report::ReportError("a report is about one config; '" + context.extra_paths.front() +
                                "' is one path too many");
    if (flags.path.empty() && context.nearest_config.empty())
      throw report::ReportError("no dsop.yaml in this folder or its parents; give the config to report on");
    report::ReportRequest request;
    request.config = flags.path.empty() ? context.nearest_config : flags.path;
    request.lint = context.lint;
    request.blocking = blocking_severity(context.fail_on);
    request.audience = flags.audience;
    request.format = flags.format == "md" ? report::Format::Markdown : report::Format::Html;
    request.tool_version = DSOPLINT_VERSION;
    request.rules_version = context.rules_version;
    std::optional<Baseline> baseline;
    if (!context.baseline.empty()) baseline = read_baseline(context.baseline);
    request.baseline = baseline ? &*baseline : nullptr;
    std::ofstream file;
    if (!flags.output.empty()) {
      file.open(flags.output);
      if (!file) throw report::ReportError("cannot write '" + flags.output + "'");
    }
    const auto findings = report::write_report(request, catalog, flags.output.empty() ? out : file);
    if (file.is_open() && !file.flush()) throw report::ReportError("cannot write '" + flags.output + "'");
    return fails(findings, context.fail_on) ? kExitFindings : kExitClean;
  } catch (const BaselineError& e) {
    err << "dsoplint: error: " << e.what() << '\n';
    return kExitUsage;
  } catch (const report::ReportError& e) {
    err << "dsoplint: error: " << e.what() << '\n';
    return kExitUsage;
  }
}

}  // namespace lint
