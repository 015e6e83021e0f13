// SARIF 2.1.0 as GitHub code scanning expects: rules with help, results with regions and fingerprints,
// written as the run goes.
#include <map>
#include <sstream>
#include <utility>

#include "lint/format/escape.h"
#include "lint/format/format.h"
#include "lint/format/json_writer.h"
#include "lint/format/writers.h"

namespace lint {

namespace {

// Where a reader of a result learns what the tool checks: dsoplint has no public home, so this is
// the documentation of the Krav og betalinger API, whose requirements the built-in rules encode and
// which most rules cite as their source.
constexpr const char* kInformationUri = "https://skatteetaten.github.io/api-dokumentasjon/api/kravogbetalinger";

const char* level(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "note";
  }
  return "warning";
}

void field(std::ostream& out, const char* name, std::string_view value, bool comma = true) {
  out << '"' << name << "\": ";
  write_json_string(out, value);
  if (comma) out << ", ";
}

std::string help_text(const Rule& r) {
  std::string text = r.description;
  if (!r.source.empty()) text += "\nSource: " + r.source;
  if (!r.task.empty()) text += "\nOnboarding task: " + r.task + " (" + r.audience + ")";
  return text;
}

void write_rule(std::ostream& out, const Rule& r) {
  out << "          {";
  field(out, "id", r.id);
  field(out, "name", r.slug);
  out << "\"shortDescription\": {";
  field(out, "text", r.summary, false);
  out << "}, \"fullDescription\": {";
  field(out, "text", r.description, false);
  out << "}, \"help\": {";
  field(out, "text", help_text(r), false);
  out << "}, ";
  if (r.source.rfind("https://", 0) == 0) field(out, "helpUri", r.source);
  out << "\"defaultConfiguration\": {\"level\": \"" << level(r.severity) << "\"}, "
      << "\"properties\": {\"tags\": [";
  write_json_string(out, r.id.substr(0, r.id.size() - 3));
  if (!r.task.empty()) {
    out << ", ";
    write_json_string(out, "onboarding-" + r.task);
  }
  out << "], \"problem.severity\": \"" << severity_name(r.severity) << "\"}}";
}

void write_location(std::ostream& out, const Location& l) {
  out << "{\"physicalLocation\": {\"artifactLocation\": {";
  field(out, "uri", uri_reference(l.path), false);
  out << "}, \"region\": {\"startLine\": " << l.start.line << ", \"startColumn\": " << l.start.column
      << ", \"endLine\": " << l.end.line << ", \"endColumn\": " << l.end.column << ", \"byteOffset\": " << l.bytes.begin
      << ", \"byteLength\": " << l.bytes.end - l.bytes.begin << "}}}";
}

// With a baseline, a result says whether the baseline has it (SARIF 2.1.0 §3.27.24).
const char* baseline_state(const Diagnostic& d) { return d.accepted.by == AcceptedBy::Baseline ? "unchanged" : "new"; }

// SARIF 2.1.0 §3.34: an accepted result stays, with its suppression (§3.35).
void write_suppression(std::ostream& out, const Acceptance& a) {
  out << ", \"suppressions\": [{\"kind\": \"" << sarif_suppression_kind(a.by) << "\", \"status\": \"accepted\", ";
  field(out, "justification", a.justification, !a.until.empty());
  if (!a.until.empty()) {
    out << "\"properties\": {";
    field(out, "until", a.until, false);
    out << "}";
  }
  out << "}]";
}

// A result's two fingerprints: hashes of its rule and line, and of its rule, file and YAML path (or
// line). Each is made once per rule and long line: a minified file's findings share one line, and
// hashing it for each would cost the line's length per finding.
class Fingerprints {
 public:
  std::pair<std::string, std::string> of(const Diagnostic& d) { return {line_hash(d), m_fingerprints.of(d).hex()}; }

 private:
  std::string line_hash(const Diagnostic& d) {
    if (!d.source_line.is_long()) return made_line_hash(d);
    auto [at, fresh] = m_line_hashes.try_emplace({d.rule_id, &d.source_line.text()});
    if (fresh) at->second = made_line_hash(d);
    return at->second;
  }
  static std::string made_line_hash(const Diagnostic& d) {
    return StableHash().add(d.rule_id).add("|").add(d.source_line.text()).hex() + ":1";
  }
  std::map<std::pair<std::string, const std::string*>, std::string> m_line_hashes;
  FingerprintHashes m_fingerprints;
};

void write_result(std::ostream& out, const Diagnostic& d, std::size_t rule_index, bool with_baseline,
                  Fingerprints& fingerprints) {
  out << "        {";
  field(out, "ruleId", d.rule_id);
  out << "\"ruleIndex\": " << rule_index << ", \"level\": \"" << level(d.severity) << "\", \"message\": {";
  field(out, "text", d.message, false);
  out << "}, \"locations\": [";
  write_location(out, d.location);
  out << "]";
  if (!d.related.empty()) {
    out << ", \"relatedLocations\": [";
    for (std::size_t i = 0; i < d.related.size(); ++i) {
      out << (i ? ", " : "") << "{\"id\": " << i + 1 << ", ";
      std::ostringstream loc;
      write_location(loc, d.related[i].location);
      out << loc.str().substr(1);  // merge the location's members into this object
    }
    out << "]";
  }
  if (d.is_accepted()) write_suppression(out, d.accepted);
  out << ", \"partialFingerprints\": {";
  const auto [line_hash, fingerprint] = fingerprints.of(d);
  field(out, "primaryLocationLineHash", line_hash);
  field(out, "dsoplint/v1", fingerprint, false);
  out << "}";
  if (with_baseline) out << ", \"baselineState\": \"" << baseline_state(d) << "\"";
  out << "}";
}

// The run's one invocation; notes are its tool execution notifications.
void write_invocation(std::ostream& out, const std::vector<Note>& notes) {
  out << "      \"invocations\": [{\"executionSuccessful\": true, \"toolExecutionNotifications\": [";
  for (std::size_t i = 0; i < notes.size(); ++i) {
    out << (i ? ", " : "") << "{\"level\": \"note\", \"message\": {";
    field(out, "text", notes[i].path + ": " + notes[i].message, false);
    out << "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {";
    field(out, "uri", uri_reference(notes[i].path), false);
    out << "}}}]}";
  }
  out << "]}]";
}

// The tool and every rule, the results as they come, then the invocation with the notes.
class SarifWriter : public FormatWriter {
 public:
  SarifWriter(std::ostream& out, const Catalog& catalog, const OutputInfo& info)
      : m_out(out), m_catalog(catalog), m_info(info) {
    const auto& rules = catalog.rules();
    for (std::size_t i = 0; i < rules.size(); ++i) m_index[rules[i].id] = i;
  }

  void add(const std::vector<Diagnostic>& findings) override {
    Fingerprints fingerprints;  // per part: a part's lines are released after it
    for (const Diagnostic& d : findings) {
      begin();
      m_out << (m_written++ ? ",\n" : "");
      write_result(m_out, d, m_index[d.rule_id], m_info.baseline, fingerprints);
    }
  }

  void finish(const std::vector<Note>& notes) override {
    begin();
    m_out << "\n      ],\n";
    write_invocation(m_out, notes);
    m_out << "\n    }\n  ]\n}\n";
  }

 private:
  void begin() {
    if (m_begun) return;
    m_begun = true;
    m_out << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
          << "  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n          ";
    field(m_out, "name", "dsoplint");
    field(m_out, "semanticVersion", m_info.tool_version);
    field(m_out, "version", m_info.tool_version);
    field(m_out, "informationUri", kInformationUri, false);
    m_out << ",\n          \"rules\": [\n";
    const auto& rules = m_catalog.rules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
      m_out << (i ? ",\n" : "");
      write_rule(m_out, rules[i]);
    }
    m_out << "\n          ]\n        }\n      },\n      \"automationDetails\": {\"id\": \"dsoplint/\"},\n"
          << "      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [\n";
  }

  std::ostream& m_out;
  const Catalog& m_catalog;
  const OutputInfo& m_info;
  std::map<std::string, std::size_t> m_index;  // rule id to its index in the rules
  bool m_begun = false;
  std::size_t m_written = 0;
};

}  // namespace

std::unique_ptr<FormatWriter> sarif_writer(std::ostream& out, const Catalog& catalog, const OutputInfo& info) {
  return std::make_unique<SarifWriter>(out, catalog, info);
}

}  // namespace lint
