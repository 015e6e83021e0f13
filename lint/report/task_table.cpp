// Reads the onboarding table: every key checked, every error with its file, line and column.
#include "lint/report/task_table.h"

#include <algorithm>

#include "lint/ruleset/catalog.h"
#include "lint/ruleset/onboarding_tasks.h"
#include "lint/ruleset/rule_file.h"

namespace lint::report {

namespace {

Bilingual read_bilingual(Options& parent, const std::string& key, bool required = true) {
  const NodeId n = parent.node(key);
  if (n == kNoNode) {
    if (required) parent.fail(kNoNode, "missing '" + key + "' with 'nb' and 'en' texts");
    return {};
  }
  Options o(parent.file(), parent.yaml().resolve(n));
  Bilingual text{o.text("nb"), o.text("en")};
  o.finish();
  return text;
}

// The mappings of a list under `key` (required unless `optional`).
std::vector<NodeId> list_of_mappings(Options& parent, const std::string& key, bool optional = false) {
  const NodeId n = parent.node(key);
  std::vector<NodeId> out;
  if (n == kNoNode) {
    if (!optional) parent.fail(kNoNode, "missing '" + key + "'");
    return out;
  }
  if (!parent.yaml().is_sequence(n)) parent.fail(n, "'" + key + "' must be a list");
  for (NodeId item : parent.yaml().node(parent.yaml().resolve(n)).children) {
    if (!parent.yaml().is_mapping(item)) parent.fail(item, "each item of '" + key + "' must be a mapping");
    out.push_back(parent.yaml().resolve(item));
  }
  return out;
}

EvidenceItem read_evidence(const RuleFile& file, NodeId node) {
  Options o(file, node);
  EvidenceItem item;
  item.path = o.text("path");
  item.required = o.flag("required", true);
  item.value = o.flag("value", false);
  item.covers = o.flag("covers", true);
  o.finish();
  return item;
}

void check_member(Options& o, const std::string& key, const std::vector<std::string>& values,
                  const std::vector<std::string>& known, const std::string& what) {
  for (const auto& v : values)
    if (std::find(known.begin(), known.end(), v) == known.end())
      o.fail(o.node(key), "unknown " + what + " '" + v + "'");
}

struct Known {
  std::vector<std::string> environments, audiences, tasks;
};

Task read_task(const RuleFile& file, NodeId node, Known& known) {
  Options o(file, node);
  Task task;
  task.id = o.text("id");
  if (std::find(known.tasks.begin(), known.tasks.end(), task.id) != known.tasks.end())
    o.fail(o.node("id"), "task '" + task.id + "' is listed twice");
  known.tasks.push_back(task.id);
  task.audience = o.list("audience");
  check_member(o, "audience", task.audience, known.audiences, "audience");
  task.title = read_bilingual(o, "title");
  task.description = read_bilingual(o, "description");
  task.keep = read_bilingual(o, "keep", false);
  for (NodeId l : list_of_mappings(o, "links", true)) {
    Options lo(file, l);
    task.links.push_back({lo.text("url"), read_bilingual(lo, "text")});
    lo.finish();
  }
  task.proved_by = o.choice("proved_by", {"config", "person"}) == "person" ? ProvedBy::Person : ProvedBy::Config;
  task.environments = o.list("environments");
  check_member(o, "environments", task.environments, known.environments, "environment");
  if (task.environments.empty()) task.environments = known.environments;
  for (NodeId e : list_of_mappings(o, "evidence", true)) task.evidence.push_back(read_evidence(file, e));
  if (task.proved_by == ProvedBy::Config && task.evidence.empty())
    o.fail(kNoNode, "task '" + task.id + "' is proved by the config but names no evidence");
  o.finish();
  return task;
}

Phase read_phase(const RuleFile& file, NodeId node, Known& known) {
  Options o(file, node);
  Phase phase{o.text("id"), read_bilingual(o, "title"), read_bilingual(o, "description"), {}};
  for (NodeId t : list_of_mappings(o, "tasks")) phase.tasks.push_back(read_task(file, t, known));
  o.finish();
  return phase;
}

void read_header(const RuleFile& file, Options& root, TaskTable& table, Known& known) {
  for (NodeId e : list_of_mappings(root, "environments")) {
    Options o(file, e);
    table.environments.push_back({o.text("id"), read_bilingual(o, "name"), read_bilingual(o, "ready")});
    known.environments.push_back(table.environments.back().id);
    o.finish();
  }
  for (NodeId a : list_of_mappings(root, "audiences")) {
    Options o(file, a);
    table.audiences.push_back({o.text("id"), read_bilingual(o, "description")});
    known.audiences.push_back(table.audiences.back().id);
    o.finish();
  }
}

}  // namespace

bool Task::needed_in(const std::string& env) const {
  return std::find(environments.begin(), environments.end(), env) != environments.end();
}

bool Task::for_audience(const std::string& who) const {
  if (audience.empty()) return true;  // the page names no audience: everyone's
  return std::any_of(audience.begin(), audience.end(), [&](const std::string& a) { return a == who || a == "Alle"; });
}

TaskTable TaskTable::load(const Catalog& catalog) {
  const DataRef* ref = catalog.data(kOnboardingTable);
  if (!ref)
    throw RuleFileError("rules/data", std::nullopt,
                        std::string("no data table '") + kOnboardingTable + "' lists the onboarding tasks");
  Options root(*ref->file, ref->node);
  TaskTable table;
  Known known;
  read_header(*ref->file, root, table, known);
  for (NodeId p : list_of_mappings(root, "phases")) table.phases.push_back(read_phase(*ref->file, p, known));
  root.finish();
  return table;
}

const Task* TaskTable::find(const std::string& id) const {
  for (const Phase& p : phases)
    for (const Task& t : p.tasks)
      if (t.id == id) return &t;
  return nullptr;
}

std::vector<const Task*> TaskTable::tasks() const {
  std::vector<const Task*> out;
  for (const Phase& p : phases)
    for (const Task& t : p.tasks) out.push_back(&t);
  return out;
}

}  // namespace lint::report
