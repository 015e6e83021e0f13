// Reads the task ids of the onboarding table and checks a rule's `task` against them.
#include "lint/ruleset/onboarding_tasks.h"

#include <algorithm>

#include "lint/core/strings.h"
#include "lint/core/suggest.h"
#include "lint/ruleset/catalog.h"

namespace lint {

namespace {

// The id `task` names in other letter case, else the one id within an edit of it; "" when none
// or several are.
std::string only_near(const std::string& task, const std::vector<std::string>& ids) {
  const std::string wanted = ascii_lower(task);
  for (const auto& id : ids)
    if (wanted == ascii_lower(id)) return id;
  std::string found;
  for (const auto& id : ids) {
    if (edit_distance(wanted, ascii_lower(id)) > 1) continue;
    if (!found.empty()) return "";
    found = id;
  }
  return found;
}

}  // namespace

std::vector<std::string> onboarding_task_ids(const Catalog& catalog) {
  std::vector<std::string> ids;
  const DataRef* table = catalog.data(kOnboardingTable);
  if (!table) return ids;
  const YamlDocument& y = table->file->yaml;
  const NodeId phases = y.get(table->node, "phases");
  if (!y.is_sequence(phases)) return ids;
  for (NodeId phase : y.node(y.resolve(phases)).children) {
    const NodeId tasks = y.get(y.resolve(phase), "tasks");
    if (!y.is_sequence(tasks)) continue;
    for (NodeId task : y.node(y.resolve(tasks)).children) {
      const NodeId id = y.get(y.resolve(task), "id");
      if (y.is_scalar(id)) ids.push_back(y.scalar(id));
    }
  }
  return ids;
}

void check_rule_task(Options& rule, const Catalog& catalog, const std::string& task) {
  if (task.empty()) return;
  const std::vector<std::string> ids = onboarding_task_ids(catalog);
  if (std::find(ids.begin(), ids.end(), task) != ids.end()) return;
  if (ids.empty())
    rule.fail(rule.node("task"), "task '" + task + "' cannot be checked: no data table '" +
                                     std::string(kOnboardingTable) + "' lists the onboarding tasks");
  const std::string hint = only_near(task, ids);
  rule.fail(rule.node("task"), "unknown onboarding task '" + task + "'; expected one of " + ids.front() + " … " +
                                   ids.back() + " (data table '" + kOnboardingTable + "')" +
                                   (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
}

}  // namespace lint
