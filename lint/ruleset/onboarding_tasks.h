/// The onboarding task ids (A-1 … D-3) of the `onboarding` data table, which a rule's `task` must name.
#pragma once

#include <string>
#include <vector>

#include "lint/ruleset/rule_file.h"

namespace lint {

class Catalog;

/// The name of the data table that lists the onboarding phases and tasks (rules/data/onboarding.yaml).
inline constexpr const char* kOnboardingTable = "onboarding";

/// Every task id in the table, in its order; empty when the catalog has no such table.
std::vector<std::string> onboarding_task_ids(const Catalog& catalog);

/// Fails the rule file at the rule's `task` unless the table lists it (with a "did you mean").
void check_rule_task(Options& rule, const Catalog& catalog, const std::string& task);

}  // namespace lint
