// The gitlab format: GitLab Code Quality JSON, an array of issues with a fingerprint that stays
// when lines move (the finding's rule, file and YAML path or text, hashed).
#include <cstdint>
#include <map>

#include "lint/format/format.h"
#include "lint/format/json_writer.h"

namespace lint {

namespace {

// GitLab's severities: error is major, warning minor, info info.
const char* gitlab_severity(Severity s) {
  switch (s) {
    case Severity::Error:
      return "major";
    case Severity::Warning:
      return "minor";
    case Severity::Info:
      return "info";
  }
  return "minor";
}

void write_issue(std::ostream& out, const Diagnostic& d, const std::string& fingerprint) {
  out << "  {\"description\": ";
  write_json_string(out, d.message);
  out << ", \"check_name\": ";
  write_json_string(out, d.rule_id);
  out << ", \"fingerprint\": \"" << fingerprint << "\", \"severity\": \"" << gitlab_severity(d.severity)
      << "\", \"location\": {\"path\": ";
  write_json_string(out, d.location.path);
  out << ", \"lines\": {\"begin\": " << d.location.start.line << ", \"end\": " << last_line(d.location) << "}}}";
}

}  // namespace

// GitLab compares merge requests by fingerprint, so two findings that share one (the same rule
// on two equal lines of a file) get the second, third, … occurrence hashed in. Accepted findings
// are left out: GitLab has no way to mark them.
void write_gitlab(std::ostream& out, const std::vector<Diagnostic>& all) {
  const std::vector<Diagnostic> diags = open_findings(all);
  // Counted by the fingerprint's hash: two fingerprints with one hash would print the same anyway.
  std::map<std::uint64_t, std::size_t> seen;
  FingerprintHashes fingerprints;
  out << "[";
  for (std::size_t i = 0; i < diags.size(); ++i) {
    StableHash key = fingerprints.of(diags[i]);
    const std::size_t occurrence = ++seen[key.value()];
    if (occurrence > 1) key.add("#").add(std::to_string(occurrence));  // as add("#" + n), which GCC 12 -O3 misreads
    out << (i ? ",\n" : "\n");
    write_issue(out, diags[i], key.hex());
  }
  out << (diags.empty() ? "]\n" : "\n]\n");
}

}  // namespace lint
