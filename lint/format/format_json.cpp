// The JSON format: tool and rule-pack versions, then one object per finding (accepted ones marked).
#include "lint/format/format.h"
#include "lint/format/json_writer.h"

namespace lint {

namespace {

void write_region(std::ostream& out, const Location& l) {
  out << "\"start\": {\"line\": " << l.start.line << ", \"column\": " << l.start.column << "}, "
      << "\"end\": {\"line\": " << l.end.line << ", \"column\": " << l.end.column << "}, "
      << "\"byteRange\": [" << l.bytes.begin << ", " << l.bytes.end << "]";
}

// `"suppressed": {"kind": "inSource", "justification": "…", "until": "…"}` for an accepted finding.
void write_acceptance(std::ostream& out, const Acceptance& a) {
  out << ", \"suppressed\": {\"kind\": \"" << json_acceptance_kind(a.by) << "\", \"justification\": ";
  write_json_string(out, a.justification);
  if (!a.until.empty()) {
    out << ", \"until\": ";
    write_json_string(out, a.until);
  }
  out << "}";
}

}  // namespace

void write_json(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info) {
  out << "{\n  \"tool\": \"dsoplint\",\n  \"version\": ";
  write_json_string(out, info.tool_version);
  out << ",\n  \"rulesVersion\": ";
  write_json_string(out, info.rules_version);
  out << ",\n  \"columnKind\": \"unicodeCodePoints\",\n  \"findings\": [";
  FingerprintHashes fingerprints;
  for (std::size_t i = 0; i < diags.size(); ++i) {
    const Diagnostic& d = diags[i];
    out << (i ? ",\n" : "\n") << "    {\"ruleId\": ";
    write_json_string(out, d.rule_id);
    out << ", \"slug\": ";
    write_json_string(out, d.slug);
    out << ", \"severity\": \"" << severity_name(d.severity) << "\", \"message\": ";
    write_json_string(out, d.message);
    out << ", \"file\": ";
    write_json_string(out, d.location.path);
    out << ", ";
    write_region(out, d.location);
    out << ", \"fingerprint\": \"" << fingerprints.of(d).hex() << "\"";
    if (d.is_accepted()) write_acceptance(out, d.accepted);
    if (!d.related.empty()) {
      out << ", \"related\": [";
      for (std::size_t r = 0; r < d.related.size(); ++r) {
        out << (r ? ", " : "") << "{\"file\": ";
        write_json_string(out, d.related[r].location.path);
        out << ", ";
        write_region(out, d.related[r].location);
        out << "}";
      }
      out << "]";
    }
    out << "}";
  }
  out << (diags.empty() ? "]" : "\n  ]") << ",\n  \"notes\": [";
  for (std::size_t i = 0; i < info.notes.size(); ++i) {
    out << (i ? ",\n" : "\n") << "    {\"file\": ";
    write_json_string(out, info.notes[i].path);
    out << ", \"message\": ";
    write_json_string(out, info.notes[i].message);
    out << "}";
  }
  out << (info.notes.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace lint
