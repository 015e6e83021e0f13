/// Walks a YAML document alongside a schema, calling back for every field the schema describes.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "lint/ruleset/check.h"
#include "lint/ruleset/schema.h"

namespace lint {

/// One step of the walk: the schema field, the node (kNoNode when absent), its parent mapping and
/// path. The name and path are the walk's own: valid during the call, copied by a finding.
struct SchemaVisit {
  const SchemaField& field;
  NodeId node;
  NodeId parent;
  std::string_view name;
  const std::string& path;

  /// The step as a rule's target, with the environment its path is under (or none).
  Target target(bool with_env = true) const;
  /// The path of the parent mapping: "" at the top level.
  std::string parent_path() const;
};

/// Calls `visit` for every field of `schema` (present or not) under present parents; `on_unknown`
/// for keys a mapping does not define.
void walk_schema(const YamlDocument& yaml, const SchemaField& schema,
                 const std::function<void(const SchemaVisit&)>& visit,
                 const std::function<void(NodeId key, const SchemaField& map, const std::string& path)>& on_unknown);

/// Whether a scalar value has a schema type ("string", "integer", "date", "url", ...).
bool scalar_has_type(const YamlNode& node, const std::string& type);

}  // namespace lint
