/// The `rules` and `explain` commands.
#pragma once

#include <ostream>
#include <string>

#include "lint/ruleset/catalog.h"

namespace lint {

/// Prints every rule: id, slug, severity and summary. Returns 0.
int list_rules(const Catalog& catalog, std::ostream& out);
/// Prints one rule's description, source, onboarding task and examples; 2 when it is unknown.
int explain_rule(const Catalog& catalog, const std::string& id_or_slug, std::ostream& out, std::ostream& err);

}  // namespace lint
