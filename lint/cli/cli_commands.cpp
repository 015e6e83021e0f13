// `dsoplint rules` and `dsoplint explain`.
#include "lint/cli/cli_commands.h"

#include <iomanip>

#include "lint/core/suggest.h"

namespace lint {

int list_rules(const Catalog& catalog, std::ostream& out) {
  for (const Rule& r : catalog.rules()) {
    out << std::left << std::setw(9) << r.id << std::setw(28) << r.slug << std::setw(8) << severity_name(r.severity)
        << r.summary << '\n';
  }
  return 0;
}

int explain_rule(const Catalog& catalog, const std::string& id_or_slug, std::ostream& out, std::ostream& err) {
  const Rule* r = catalog.find(id_or_slug);
  if (!r) {
    std::vector<std::string> names;
    for (const Rule& rule : catalog.rules()) {
      names.push_back(rule.id);
      names.push_back(rule.slug);
    }
    const std::string hint = nearest(id_or_slug, names);
    err << "dsoplint: error: no rule '" << id_or_slug << "'" << (hint.empty() ? "" : "; did you mean '" + hint + "'?")
        << "\nRun 'dsoplint rules' to list them.\n";
    return 2;
  }
  out << r->id << ' ' << r->slug << " (" << severity_name(r->severity) << ")\n" << r->summary << "\n\n"
      << r->description << "\n\n";
  out << "Source: " << r->source << '\n';
  if (!r->task.empty()) out << "Onboarding task: " << r->task << " (audience: " << r->audience << ")\n";
  out << "Applies to: ";
  for (std::size_t i = 0; i < r->applies_to.size(); ++i) out << (i ? ", " : "") << doc_kind_name(r->applies_to[i]);
  out << '\n';
  if (!r->example.fail.empty()) out << "\nFails:\n" << r->example.fail << (r->example.fail.back() == '\n' ? "" : "\n");
  if (!r->example.pass.empty()) out << "\nPasses:\n" << r->example.pass << (r->example.pass.back() == '\n' ? "" : "\n");
  return 0;
}

}  // namespace lint
