/// The shape of a rule-kind table: the catalog compiles rules through it; the kinds layer fills it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lint/ruleset/check.h"
#include "lint/ruleset/rule_file.h"

namespace lint {

class Catalog;

/// Validates a rule's options (failing the rule file at the bad option) and compiles its check.
using MakeCheck = std::unique_ptr<Check> (*)(Options& options, const Catalog& catalog);

struct KindInfo {
  const char* name;
  const char* summary;
  MakeCheck make;
};

using KindTable = std::vector<KindInfo>;

/// `make` run on the mapping `options` of `file` (kNoNode: none, so required options are still
/// enforced), failing on an option nothing read; errors without an option point at `where`.
/// Kinds compile one at a time, so any thread may call it.
std::unique_ptr<Check> compile_check(MakeCheck make, const RuleFile& file, NodeId options, NodeId where,
                                     const Catalog& catalog);

/// The kind with this name, or nullptr.
const KindInfo* find_kind(const KindTable& table, std::string_view name);
/// Every kind's name, in table order.
std::vector<std::string> kind_names(const KindTable& table);

}  // namespace lint
