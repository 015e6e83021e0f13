/// The one table of built-in rule kinds, and the catalog loaded with it.
#pragma once

#include <memory>
#include <vector>

#include "lint/ruleset/catalog.h"
#include "lint/ruleset/kind_table.h"

namespace lint {

/// Every kind, in the order `rules/README.md` documents them.
const KindTable& kinds();

/// Loads rule sources with the built-in kinds; throws RuleFileErrors with every error when any.
std::unique_ptr<Catalog> load_catalog(const std::vector<RuleSource>& sources);

}  // namespace lint
