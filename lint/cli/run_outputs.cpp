// RunOutputs: the writers made on the first part with something to report, then fed each part.
#include "lint/cli/run_outputs.h"

#include <algorithm>

#include "lint/cli/usage_error.h"

namespace lint {

RunOutputs::RunOutputs(const std::vector<std::string>& formats, const Catalog& catalog, const OutputInfo& info,
                       std::ostream& out, std::ostream& err, std::optional<Severity> fail_at)
    : m_formats(formats),
      m_catalog(catalog),
      m_info(info),
      m_out(out),
      m_err(err),
      m_fail_at(fail_at),
      m_notes_to_err(std::any_of(formats.begin(), formats.end(),
                                 [](const std::string& s) { return s.rfind("text", 0) == 0; })) {}

void RunOutputs::add(const JobResult& part) {
  // Notes are not findings: in text output they go to standard error, before the findings of
  // the job they are about.
  if (m_notes_to_err) write_notes(m_err, part.notes);
  m_notes.insert(m_notes.end(), part.notes.begin(), part.notes.end());
  if (part.checked == 0 && part.findings.empty()) return;
  open();
  for (auto& writer : m_writers) writer->add(part.findings);
  for (const Diagnostic& d : part.findings)
    if (m_fail_at && !d.is_accepted() && d.severity >= *m_fail_at) m_failed = true;
}

bool RunOutputs::finish() {
  if (!m_opened) return false;
  for (auto& writer : m_writers) writer->finish(m_notes);
  return true;
}

void RunOutputs::open() {
  if (m_opened) return;
  m_opened = true;
  for (const std::string& spec : m_formats) {
    const std::size_t eq = spec.find('=');
    std::ostream* target = &m_out;
    if (eq != std::string::npos) {
      auto file = std::make_unique<std::ofstream>(spec.substr(eq + 1));
      if (!*file) throw UsageError("cannot write '" + spec.substr(eq + 1) + "'");
      target = m_files.emplace_back(std::move(file)).get();
    }
    m_writers.push_back(format_writer(spec.substr(0, eq), *target, m_catalog, m_info));
  }
}

}  // namespace lint
