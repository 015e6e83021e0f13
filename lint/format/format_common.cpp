// What several formats share: fingerprint hashes, last lines, accepted findings and their names.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>

#include "lint/format/format.h"

namespace lint {

std::string stable_hash(std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
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
