/// Applies a document's suppression comments to its findings and reports the comments' own
/// problems: DSOP010 (suppresses nothing, names no rule, malformed) and DSOP011 (no reason, expired).
#pragma once

#include <string>
#include <vector>

#include "lint/core/date.h"
#include "lint/core/diagnostic.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/check.h"
#include "lint/ruleset/document.h"

namespace lint {

/// A finding about a suppression comment, for the engine rule of `event`.
struct SuppressionFinding {
  std::string event;  // "unused-suppression" or "suppression-reason"
  Finding finding;
};

/// Marks the findings in `doc` that its valid suppression comments name as accepted (a finding
/// already accepted is left alone), and returns what the comments themselves get. A suppression
/// without a reason, with an `until` date before `today` or a malformed one suppresses nothing.
/// JSON files have no comments; a file that is not UTF-8 or did not parse is not read for them.
std::vector<SuppressionFinding> apply_suppressions(const Document& doc, const Catalog& catalog, DayNumber today,
                                                   std::vector<Diagnostic>& findings);

}  // namespace lint
