/// Resolves rule selectors such as `environments.*.maskinporten.issuer` to targets in a document.
#pragma once

#include <string>
#include <vector>

#include "lint/ruleset/check.h"
#include "lint/ruleset/rule.h"

namespace lint {

/// Every place the selector names. A missing last field yields a target with node kNoNode
/// under its parent mapping; `*` matches any key of a mapping or any item of a list.
std::vector<Target> select_targets(const YamlDocument& yaml, const std::string& selector);

/// Whether a rule's `when` condition holds for a target.
bool condition_holds(const YamlDocument& yaml, const Condition& when, const Target& target);

}  // namespace lint
