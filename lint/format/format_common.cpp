// What several formats share: the writer of each format, a whole run through one, last lines,
// accepted findings and their names.
#include <algorithm>
#include <iterator>
#include <stdexcept>

#include "lint/format/format.h"
#include "lint/format/writers.h"

namespace lint {

namespace {

// A format that orders or counts the whole run (GitHub, JUnit, GitLab): the findings are kept,
// with their source lines, and written at the end.
class WholeRunWriter : public FormatWriter {
 public:
  using Write = void (*)(std::ostream&, const std::vector<Diagnostic>&, const OutputInfo&);
  WholeRunWriter(std::ostream& out, const OutputInfo& info, Write write) : m_out(out), m_info(info), m_write(write) {}

  void add(const std::vector<Diagnostic>& findings) override {
    m_findings.insert(m_findings.end(), findings.begin(), findings.end());
  }
  void finish(const std::vector<Note>& notes) override {
    OutputInfo info = m_info;
    info.notes = notes;
    m_write(m_out, m_findings, info);
  }

 private:
  std::ostream& m_out;
  const OutputInfo& m_info;
  Write m_write;
  std::vector<Diagnostic> m_findings;
};

void gitlab_of(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo&) { write_gitlab(out, diags); }

void write_whole(FormatWriter& writer, const std::vector<Diagnostic>& diags, const OutputInfo& info) {
  writer.add(diags);
  writer.finish(info.notes);
}

}  // namespace

void write_text(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info) {
  write_whole(*text_writer(out, info), diags, info);
}

void write_json(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info) {
  write_whole(*json_writer(out, info), diags, info);
}

void write_sarif(std::ostream& out, const std::vector<Diagnostic>& diags, const Catalog& catalog,
                 const OutputInfo& info) {
  write_whole(*sarif_writer(out, catalog, info), diags, info);
}

std::unique_ptr<FormatWriter> format_writer(const std::string& name, std::ostream& out, const Catalog& catalog,
                                            const OutputInfo& info) {
  if (name == "text") return text_writer(out, info);
  if (name == "json") return json_writer(out, info);
  if (name == "sarif") return sarif_writer(out, catalog, info);
  if (name == "github") return std::make_unique<WholeRunWriter>(out, info, &write_github);
  if (name == "junit") return std::make_unique<WholeRunWriter>(out, info, &write_junit);
  if (name == "gitlab") return std::make_unique<WholeRunWriter>(out, info, &gitlab_of);
  throw std::invalid_argument("unknown format '" + name + "'");
}

std::vector<Diagnostic> open_findings(const std::vector<Diagnostic>& diags) {
  std::vector<Diagnostic> open;
  std::copy_if(diags.begin(), diags.end(), std::back_inserter(open),
               [](const Diagnostic& d) { return !d.is_accepted(); });
  return open;
}

const char* json_acceptance_kind(AcceptedBy by) { return by == AcceptedBy::Baseline ? "baseline" : "inSource"; }

const char* sarif_suppression_kind(AcceptedBy by) { return by == AcceptedBy::Baseline ? "external" : "inSource"; }

std::size_t last_line(const Location& l) {
  if (l.end.line > l.start.line && l.end.column == 1) return l.end.line - 1;
  return std::max(l.end.line, l.start.line);
}

}  // namespace lint
