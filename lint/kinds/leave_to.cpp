// Option `leave_to`: asks the named rules whether they report a value, so it is reported once.
#include "lint/kinds/leave_to.h"

#include "lint/ruleset/catalog.h"
#include "lint/ruleset/selector.h"

namespace lint {

namespace {

// A rule's finding at `node`, judged the way the engine runs the rule.
bool rule_reports(const Rule& rule, const CheckContext& ctx, NodeId node) {
  if (!ctx.doc.yaml || !rule.applies_to_kind(ctx.doc.kind) || !rule.active_on(ctx.today)) return false;
  for (const std::string& selector : rule.selectors) {
    std::vector<Target> scratch;
    for (const Target& t : targets_in(ctx, selector, scratch)) {
      if (t.node != node || !condition_holds(ctx.yaml(), rule.when, t)) continue;
      std::vector<Finding> findings;
      rule.check().run(ctx, t, findings);
      if (!findings.empty()) return true;
    }
  }
  return false;
}

// Marks "a rule is being asked" for as long as it lives.
class Asking {
 public:
  explicit Asking(bool& flag) : m_flag(flag) { m_flag = true; }
  ~Asking() { m_flag = false; }
  Asking(const Asking&) = delete;
  Asking& operator=(const Asking&) = delete;

 private:
  bool& m_flag;
};

}  // namespace

LeaveTo::LeaveTo(Options& options, const Catalog& catalog) : m_rules(options.list("leave_to")), m_catalog(&catalog) {}

bool LeaveTo::reported(const CheckContext& ctx, NodeId node) const {
  // Rules that leave values to each other must not ask each other in a circle: while one rule is
  // asked, its own `leave_to` is not consulted (a check runs on one thread).
  thread_local bool asking = false;
  if (asking || node == kNoNode || m_rules.empty()) return false;
  const Asking guard(asking);
  for (const std::string& name : m_rules) {
    const Rule* rule = m_catalog->find(name);
    if (rule && rule_reports(*rule, ctx, node)) return true;
  }
  return false;
}

}  // namespace lint
