/// Option `leave_to`: rules that own a value when they report it, so a kind does not report it again.
#pragma once

#include <string>
#include <vector>

#include "lint/ruleset/check.h"
#include "lint/ruleset/rule_file.h"

namespace lint {

class Catalog;

/// The rules a kind's `leave_to` option names (ids or slugs). A value one of them reports is that
/// rule's defect: the kind leaves it alone (one finding per defect, RULES.md).
class LeaveTo {
 public:
  /// Reads `leave_to` (optional, a list of rule ids or slugs). The rules are looked up when the
  /// check runs, so they may come from any rule file of the catalog.
  LeaveTo(Options& options, const Catalog& catalog);

  /// True when one of the rules, run as the engine runs it (applies to the document, active on
  /// --today, its selectors and condition), reports the value at `node` of `ctx`'s document.
  bool reported(const CheckContext& ctx, NodeId node) const;

 private:
  std::vector<std::string> m_rules;
  const Catalog* m_catalog;
};

}  // namespace lint
