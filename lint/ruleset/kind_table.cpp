// Look-ups in a rule-kind table.
#include "lint/ruleset/kind_table.h"

namespace lint {

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
