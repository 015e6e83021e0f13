// Look-ups in a rule-kind table, and compiling a rule's kind with its options.
#include "lint/ruleset/kind_table.h"

#include <mutex>

namespace lint {

std::unique_ptr<Check> compile_check(MakeCheck make, const RuleFile& file, NodeId options, NodeId where,
                                     const Catalog& catalog) {
  // One at a time: kinds share the catalog's data tables, which the first to need one makes.
  static std::mutex one_at_a_time;
  const std::lock_guard lock(one_at_a_time);
  Options read(file, options, where);
  auto check = make(read, catalog);
  read.finish();
  return check;
}

const KindInfo* find_kind(const KindTable& table, std::string_view name) {
  for (const KindInfo& k : table)
    if (name == k.name) return &k;
  return nullptr;
}

std::vector<std::string> kind_names(const KindTable& table) {
  std::vector<std::string> out;
  for (const KindInfo& k : table) out.emplace_back(k.name);
  return out;
}

}  // namespace lint
