// write_report: the lint run, the assessment, the page and its format.
#include "lint/report/report.h"

#include <filesystem>

#include "lint/core/files.h"
#include "lint/engine/baseline.h"
#include "lint/engine/classify.h"
#include "lint/engine/engine.h"
#include "lint/report/compose.h"
#include "lint/report/render.h"
#include "lint/report/report_text.h"

namespace lint::report {

namespace {

void check_audience(const TaskTable& table, const std::string& audience) {
  if (audience.empty()) return;
  std::string known;
  for (const AudienceInfo& a : table.audiences) {
    if (a.id == audience) return;
    known += (known.empty() ? "" : ", ") + a.id;
  }
  throw ReportError("unknown audience '" + audience + "'; expected one of " + known);
}

// A file whose name does not say it is a config must show it by its content.
void check_config_content(const std::string& path, const Catalog& catalog) {
  auto bytes = read_file(path, LintOptions{}.max_file_size);
  const auto* text = std::get_if<std::string>(&bytes);
  if (!text) throw ReportError("cannot read '" + path + "': " + read_failure_text(std::get<ReadFailure>(bytes)));
  const SourceFile source(path, *text);
  const ParsedYaml parsed = parse_yaml(source);
  if (parsed.stopped || parsed.documents.empty()) return;  // the lint run reports why
  if (classify(parsed.documents.front(), DocKind::Yaml, catalog) != DocKind::Config)
    throw ReportError("'" + path + "' is not a config: it has no 'version' and 'service' at its top level");
}

}  // namespace

std::string report_config(const std::string& path, const Catalog& catalog) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const std::string& name : config_file_names())
      if (fs::is_regular_file(fs::path(path) / name, ec)) return (fs::path(path) / name).string();
    throw ReportError("the folder '" + path + "' has no dsop.yaml; give the config to report on");
  }
  if (!fs::exists(path, ec)) throw ReportError("'" + path + "' does not exist");
  if (kind_from_name(path) != DocKind::Config) check_config_content(path, catalog);
  return path;
}

std::unique_ptr<const Assessment> assess_config(const ReportRequest& request, const Catalog& catalog) {
  auto a = std::make_unique<Assessment>();
  a->table = TaskTable::load(catalog);
  check_audience(a->table, request.audience);
  const std::string config = report_config(request.config, catalog);
  LintResult run = Engine(catalog, request.lint).run({Input{config, "", false}});
  if (request.baseline) apply_baseline(*request.baseline, run.findings, run.reported);
  std::vector<AcceptedFinding> accepted = request.accepted;
  for (Diagnostic& d : run.findings) {
    if (!d.is_accepted()) {
      a->findings.push_back(d);
      continue;
    }
    accepted.push_back({d, d.accepted.justification, d.accepted.by == AcceptedBy::Baseline});
    a->all_findings.push_back(std::move(d));
  }
  a->all_findings.insert(a->all_findings.end(), a->findings.begin(), a->findings.end());
  a->config = ConfigFacts::read(config, catalog, request.lint.max_file_size);
  a->readiness = assess({a->table, catalog, a->config, a->findings, request.blocking, request.lint.today, accepted});
  return a;
}

std::vector<Diagnostic> write_report(const ReportRequest& request, const Catalog& catalog, std::ostream& out) {
  const auto a = assess_config(request, catalog);
  const ReportText words = ReportText::load(catalog, request.lint.language);
  const ComposeOptions options{request.lint.language, request.audience, request.tool_version, request.rules_version};
  const Page page = compose({a->readiness, a->table, words, options});
  if (request.format == Format::Markdown)
    write_markdown(page, out);
  else
    write_html(page, out);
  return a->all_findings;
}

}  // namespace lint::report
