// Job::apply_suppressions: each loaded file's suppression comments, applied to the job's findings.
#include <set>

#include "lint/engine/job.h"
#include "lint/engine/suppressions.h"

namespace lint {

// Runs after every rule, so a comment sees all the findings on its line, in whatever job the file
// is linted (a text named alone gets the same as in a whole-repository run). A file loaded for two
// environments is read once. The findings about the comments themselves are not suppressed. A
// file a stopping rule fired in (an unsupported version) had no other rule run: its comments are
// not read, as they would all seem unused.
void Job::apply_suppressions() {
  std::set<std::string> read;
  for (const Document& doc : m_docs) {
    if (m_stopped.count(doc.source.path()) || !read.insert(doc.source.path()).second) continue;
    for (SuppressionFinding& s : lint::apply_suppressions(doc, m_catalog, m_options.today, m_out))
      report_engine(doc, s.event, s.finding.range, std::move(s.finding.args), nullptr, {}, s.finding.variant);
  }
}

}  // namespace lint
