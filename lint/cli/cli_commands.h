/// The `rules` and `explain` commands.
#pragma once

#include <ostream>
#include <string>

#include "lint/core/date.h"
#include "lint/core/diagnostic.h"
#include "lint/ruleset/catalog.h"
#include "lint/settings/rule_policy.h"

namespace lint {

/// What `dsoplint rules` lists, and how.
struct RulesListing {
  bool json = false;                   // --format json: one object per rule; else a table
  bool stale_only = false;             // --stale: only rules last verified more than 12 months before `today`
  DayNumber today = 0;                 // --today
  std::string tool_version;            // for the JSON document
  std::string rules_version;           // the rule pack's hash, for the JSON document
  const RulePolicy* policy = nullptr;  // the settings in effect: their severities, rules turned off
};

/// True when the rule's `verified` month lies more than 12 months before the month of `today`,
/// or the rule does not say when it was verified.
bool is_stale(const Rule& rule, DayNumber today);
/// The month ("YYYY-MM") 12 months before `today`'s: a rule verified before it is stale.
std::string stale_limit(DayNumber today);

/// Prints the rules (id, slug, severity, verified, summary; in JSON also source, task, audience), with
/// the severity the settings file gives and `off` (in JSON `"disabled": true`) for a rule it turns
/// off for every file. Returns 0.
int list_rules(const Catalog& catalog, const RulesListing& listing, std::ostream& out);
/// Prints one rule's description (in `language`), source, onboarding task, verified month and
/// examples; 2 when it is unknown.
int explain_rule(const Catalog& catalog, const std::string& id_or_slug, Language language, std::ostream& out,
                 std::ostream& err);

}  // namespace lint
