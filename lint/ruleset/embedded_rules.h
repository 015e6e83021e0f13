/// The built-in rule pack, embedded in the binary at build time from rules/.
#pragma once

#include <vector>

#include "lint/ruleset/catalog.h"

namespace lint {

/// Every rule file under rules/ (name relative to the repository, text), sorted by name.
const std::vector<RuleSource>& embedded_rule_sources();

}  // namespace lint
