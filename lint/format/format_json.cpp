// The JSON format: tool and rule-pack versions, then one object per finding (accepted ones marked),
// written as the run goes, then the notes.
#include "lint/format/format.h"
#include "lint/format/json_writer.h"
#include "lint/format/writers.h"

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

void write_finding(std::ostream& out, const Diagnostic& d, FingerprintHashes& fingerprints) {
  out << "    {\"ruleId\": ";
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

// The head when the first finding comes (or at the end), the findings as they come, then the notes.
class JsonWriter : public FormatWriter {
 public:
  JsonWriter(std::ostream& out, const OutputInfo& info) : m_out(out), m_info(info) {}

  void add(const std::vector<Diagnostic>& findings) override {
    FingerprintHashes fingerprints;  // per part: a part's lines are released after it
    for (const Diagnostic& d : findings) {
      begin();
      m_out << (m_written++ ? ",\n" : "\n");
      write_finding(m_out, d, fingerprints);
    }
  }

  void finish(const std::vector<Note>& notes) override {
    begin();
    m_out << (m_written == 0 ? "]" : "\n  ]") << ",\n  \"notes\": [";
    for (std::size_t i = 0; i < notes.size(); ++i) {
      m_out << (i ? ",\n" : "\n") << "    {\"file\": ";
      write_json_string(m_out, notes[i].path);
      m_out << ", \"message\": ";
      write_json_string(m_out, notes[i].message);
      m_out << "}";
    }
    m_out << (notes.empty() ? "]\n}\n" : "\n  ]\n}\n");
  }

 private:
  void begin() {
    if (m_begun) return;
    m_begun = true;
    m_out << "{\n  \"tool\": \"dsoplint\",\n  \"version\": ";
    write_json_string(m_out, m_info.tool_version);
    m_out << ",\n  \"rulesVersion\": ";
    write_json_string(m_out, m_info.rules_version);
    m_out << ",\n  \"columnKind\": \"unicodeCodePoints\",\n  \"findings\": [";
  }

  std::ostream& m_out;
  const OutputInfo& m_info;
  bool m_begun = false;
  std::size_t m_written = 0;
};

}  // namespace

std::unique_ptr<FormatWriter> json_writer(std::ostream& out, const OutputInfo& info) {
  return std::make_unique<JsonWriter>(out, info);
}

}  // namespace lint
