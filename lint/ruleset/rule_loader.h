/// Reads one rule from a rule file and compiles its kind.
#pragma once

#include "lint/ruleset/rule.h"
#include "lint/ruleset/rule_file.h"

namespace lint {

class Catalog;

/// Reads and validates the rule at `node`; throws RuleFileError with file, line and column.
Rule load_rule(const RuleFile& file, NodeId node, const Catalog& catalog);

}  // namespace lint
