/// Collects rule sources: the embedded pack plus files and folders given with --rules.
#pragma once

#include <string>
#include <vector>

#include "lint/ruleset/catalog.h"

namespace lint {

/// The embedded rule files followed by every *.yaml under each extra path. A file or folder that
/// cannot be read is a source with its `read_error`, which loading reports in its place.
std::vector<RuleSource> gather_rule_sources(const std::vector<std::string>& extra_paths);

}  // namespace lint
