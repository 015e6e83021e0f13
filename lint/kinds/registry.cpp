// The one table of rule kinds. Add a kind here and document it in rules/README.md.
#include "lint/kinds/registry.h"

#include "lint/kinds/engine_event.h"
#include "lint/kinds/kinds.h"

namespace lint {

const std::vector<KindInfo>& kinds() {
  static const std::vector<KindInfo> kKinds = {
      {"engine", "a finding the engine makes itself (syntax, duplicate key, limits, files)", &EngineEventCheck::make},
      {"required-field", "the selected field is present and not empty", &make_required_field},
      {"schema-required", "every field a format's schema marks required is present", &make_schema_required},
      {"unknown-field", "keys the format's schema does not define, with a suggestion", &make_unknown_field},
      {"value-type", "a value's type and allowed values (from options or a schema)", &make_value_type},
      {"pattern", "a value matches, or does not match, an RE2 regular expression", &make_pattern},
      {"range", "a number lies within min and max", &make_range},
      {"env-value", "the value expected in each environment", &make_env_value},
      {"date", "a date against --today and after another date", &make_date},
      {"checksum", "organisation numbers: mod-11, or valid but synthetic", &make_checksum},
      {"equals-field", "a value equals the value at another path", &make_equals_field},
  };
  return kKinds;
}

const KindInfo* find_kind(std::string_view name) {
  for (const KindInfo& k : kinds())
    if (name == k.name) return &k;
  return nullptr;
}

std::vector<std::string> kind_names() {
  std::vector<std::string> out;
  for (const KindInfo& k : kinds()) out.emplace_back(k.name);
  return out;
}

}  // namespace lint
