/// The one table of rule kinds: name, summary and the factory that validates options.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lint/check.h"
#include "lint/rule_file.h"

namespace lint {

class Catalog;

using MakeCheck = std::unique_ptr<Check> (*)(Options& options, const Catalog& catalog);

struct KindInfo {
  const char* name;
  const char* summary;
  MakeCheck make;
};

/// Every kind, in the order `rules/README.md` documents them.
const std::vector<KindInfo>& kinds();
/// The kind with this name, or nullptr.
const KindInfo* find_kind(std::string_view name);
std::vector<std::string> kind_names();

}  // namespace lint
