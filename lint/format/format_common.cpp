// What several formats share: last lines, accepted findings and their names.
#include <algorithm>
#include <iterator>

#include "lint/format/format.h"

namespace lint {

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
