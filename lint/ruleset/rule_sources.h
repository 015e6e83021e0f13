/// Collects rule sources: the embedded pack plus files and folders given with --rules.
#pragma once

#include <string>
#include <vector>

#include "lint/ruleset/catalog.h"

namespace lint {

/// The embedded rule files followed by every *.yaml under each extra path; throws RuleFileError
/// when a path cannot be read.
std::vector<RuleSource> gather_rule_sources(const std::vector<std::string>& extra_paths);

}  // namespace lint
