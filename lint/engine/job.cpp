// Job: loads its documents, reports engine findings and emits what the rules find.
#include "lint/engine/job.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>

#include "lint/core/file_paths.h"
#include "lint/core/files.h"
#include "lint/engine/classify.h"
#include "lint/engine/diagnostics.h"
#include "lint/ruleset/selector.h"

namespace lint {

namespace fs = std::filesystem;

namespace {

bool before(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.location.path, a.location.start.line, a.location.start.column, a.rule_id, a.message) <
         std::tie(b.location.path, b.location.start.line, b.location.start.column, b.rule_id, b.message);
}

bool same(const Diagnostic& a, const Diagnostic& b) {
  return a.rule_id == b.rule_id && a.location.path == b.location.path && a.location.bytes == b.location.bytes &&
         a.message == b.message;
}

// A job's findings by file, position, rule and message, without exact repeats.
void sort_findings(std::vector<Diagnostic>& findings) {
  if (!std::is_sorted(findings.begin(), findings.end(), before))
    std::stable_sort(findings.begin(), findings.end(), before);
  findings.erase(std::unique(findings.begin(), findings.end(), same), findings.end());
}

std::string parent_dir(const std::string& path) {
  const std::string dir = fs::path(path).parent_path().string();
  return dir.empty() ? "." : dir;
}

}  // namespace

JobResult Job::run(const JobSpec& spec) {
  for (const std::string& f : spec.focus) m_shown_as.emplace(id(f), f);
  Document* doc = load(spec.path, spec.text, kind_from_name(spec.path), nullptr, {});
  if (spec.only_template && (!doc || doc->kind != DocKind::Template)) return {};  // not a document: skipped
  if (doc) {
    run_rules(*doc);
    if (doc->kind == DocKind::Config) follow_references(*doc);
    if (spec.alone) note_standalone(spec, *doc);
  }
  apply_suppressions();
  mask_secrets(m_out, m_secrets);
  m_result.checked = keep_focus(spec);
  sort_findings(m_out);
  m_result.findings = std::move(m_out);
  return std::move(m_result);
}

// A config's job for files named alone reports only the findings in those files. Returns how
// many of the documents it reports on were checked.
std::size_t Job::keep_focus(const JobSpec& spec) {
  const bool list = m_options.list_reported;
  if (spec.focus.empty()) {
    if (list)
      for (const Document& d : m_docs) m_result.reported.push_back(d.source.path());
    return m_docs.size();
  }
  std::set<std::string> focus;
  for (const std::string& f : spec.focus) focus.insert(id(f));
  std::erase_if(m_out, [&](const Diagnostic& d) { return !focus.count(id(d.location.path)) && !names_focus(d); });
  std::set<std::string> named_files;
  for (const auto& naming : m_naming) named_files.insert(naming.first);
  std::size_t count = named_files.size();
  for (const Document& d : m_docs) {
    if (!focus.count(id(d.source.path()))) continue;
    ++count;
    if (list) m_result.reported.push_back(d.source.path());
  }
  return count;
}

// The finding is in the job's config, at a value that names a focus file that is not a document:
// what dsoplint finds in a certificate, it reports where the config names it.
bool Job::names_focus(const Diagnostic& d) const {
  if (m_naming.empty() || m_docs.empty() || id(d.location.path) != id(m_docs.front().source.path()))
    return false;
  return std::any_of(m_naming.begin(), m_naming.end(), [&](const auto& naming) {
    return naming.second.begin <= d.location.bytes.begin && d.location.bytes.end <= naming.second.end;
  });
}

// A file named on the command line keeps the name it was given, however its config names it.
std::string Job::shown_path(const std::string& path) const {
  if (m_shown_as.empty()) return normal_path(path);
  if (const auto it = m_shown_as.find(id(path)); it != m_shown_as.end()) return it->second;
  return normal_path(path);
}

void Job::note_standalone(const JobSpec& spec, const Document& doc) {
  if (doc.kind == DocKind::Template || doc.kind == DocKind::Text)
    m_result.notes.push_back({spec.path, std::string("linted alone: no config in its folder or a parent references it, "
                                                     "so the checks against a config were skipped")});
  else if (doc.kind == DocKind::Yaml)
    m_result.notes.push_back({spec.path, "neither a config nor a template: checked for syntax and safety only"});
}

Document* Job::load(const std::string& path, const std::string* text, DocKind hint, const Document* config,
                    const Reference& reference) {
  const std::string key = normal_path(path) + "|" + reference.env;
  if (!m_seen.insert(key).second) return nullptr;
  if (m_loaded) m_loaded->mark(id(path));
  Document& doc = m_docs.emplace_back();
  doc.kind = hint;
  doc.config = config;
  doc.reference = reference;
  if (config) m_references.add(doc);
  doc.base_dir = parent_dir(path);
  if (text) {
    doc.source = SourceFile(path, *text);
  } else {
    auto bytes = read_file(path, m_options.max_file_size);
    if (auto* failure = std::get_if<ReadFailure>(&bytes)) {
      // A file named on the command line is reported as itself, even when its config names it:
      // only the named files' findings are kept.
      const bool named = !config || m_shown_as.count(id(path)) > 0;
      doc.source = SourceFile(config && named ? shown_path(path) : path, "");
      Args args{{"file", named ? doc.source.path() : config->yaml->scalar(reference.node)},
                {"resolved", path},
                {"reason", read_failure_text(*failure)},
                {"field", reference.field}};
      if (named) {
        report_engine(doc, "file-unreadable", {0, 0}, args, nullptr, {}, "named");
      } else {
        report_engine(*config, "file-unreadable", config->yaml->node(reference.node).range, args);
      }
      return nullptr;
    }
    doc.source = SourceFile(shown_path(path), std::move(std::get<std::string>(bytes)));
  }
  if (!readable(doc)) {
    hide_secrets(doc);
    return nullptr;
  }
  if (doc.kind == DocKind::Text) return &doc;
  if (doc.kind == DocKind::Yaml || (doc.kind == DocKind::Template && !config))
    doc.kind = classify(*doc.yaml, hint, m_catalog);
  return &doc;
}

// The bytes are UTF-8 and, for YAML and JSON, free of control characters and parsed; otherwise
// the document gets its one finding.
bool Job::readable(Document& doc) {
  const auto bytes = doc.source.text();
  if (auto bad = first_invalid_utf8(bytes)) {
    const bool utf16 =
        bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
    report_engine(doc, "invalid-utf8", {*bad, *bad + 1},
                  {{"offset", std::to_string(*bad)}, {"byte", byte_hex(bytes[*bad])}}, nullptr, {},
                  utf16 ? "utf16" : "default");
    return false;
  }
  if (doc.kind == DocKind::Text) return true;
  if (auto bad = first_forbidden_control(bytes)) {
    report_engine(doc, "yaml-syntax", {*bad, *bad + 1},
                  {{"detail", "control character " + byte_hex(bytes[*bad]) + " is not allowed in YAML"}});
    return false;
  }
  return parse(doc);
}

bool Job::parse(Document& doc) {
  ParsedYaml parsed = parse_yaml(doc.source, m_options.limits);
  for (const ParseIssue& issue : parsed.issues) {
    switch (issue.kind) {
      case ParseIssue::Kind::Syntax:
        report_engine(doc, "yaml-syntax", issue.range, {{"detail", issue.detail}}, nullptr,
                      {{&doc, issue.first_range}});
        break;
      case ParseIssue::Kind::Limit:
        report_engine(doc, "input-limit", issue.range, {{"detail", issue.detail}});
        break;
      case ParseIssue::Kind::DuplicateKey: {
        const Position first = doc.source.position(issue.first_range.begin);
        report_engine(doc, "duplicate-key", issue.range,
                      {{"key", issue.detail}, {"first_line", std::to_string(first.line)}}, nullptr,
                      {{&doc, issue.first_range}});
        break;
      }
    }
  }
  if (parsed.stopped) return false;
  if (parsed.documents.empty()) {
    parsed.documents.emplace_back();  // an empty file is an empty document
  }
  doc.yaml = std::move(parsed.documents.front());
  return doc.yaml->root() != kNoNode || doc.kind != DocKind::Config;
}

void Job::report_engine(const Document& doc, const std::string& event, ByteRange range, Args args,
                        const Document* at_doc, std::vector<std::pair<const Document*, ByteRange>> related,
                        std::string variant) {
  const Rule* rule = m_catalog.engine_rule(event);
  if (!rule) return;
  Finding f;
  f.range = range;
  f.args = std::move(args);
  f.in = at_doc;
  f.related = std::move(related);
  f.variant = std::move(variant);
  emit(*rule, doc, f);
}

const RulePolicy& Job::no_settings() {
  static const RulePolicy kNone;
  return kNone;
}

// A finding the settings turn off for its file is left out; one they give a severity gets it.
void Job::emit(const Rule& rule, const Document& doc, const Finding& finding) {
  Diagnostic d = make_diagnostic(rule, doc, finding, m_options.language, m_lines);
  if (!m_policy.enabled(rule, d.location.path)) return;
  d.severity = m_policy.severity(rule, d.location.path, d.severity);
  m_out.push_back(std::move(d));
}

}  // namespace lint
