// walk_schema and scalar type checks for the schema-driven kinds.
#include "lint/kinds/schema_walk.h"

#include <re2/re2.h>

#include <algorithm>

#include "lint/core/date.h"
#include "lint/ruleset/paths.h"

namespace lint {

namespace {

using Visit = std::function<void(const SchemaVisit&)>;
using Unknown = std::function<void(NodeId, const SchemaField&, const std::string&)>;

void walk(const YamlDocument& y, const SchemaField& f, NodeId node, const std::string& path, const Visit& visit,
          const Unknown& unknown, int depth);

void walk_map(const YamlDocument& y, const SchemaField& f, NodeId node, const std::string& path, const Visit& visit,
              const Unknown& unknown, int depth) {
  for (const auto& [name, child] : f.fields) {
    const NodeId value = y.get(node, name);
    const SchemaVisit step{child, value, node, name, join_path(path, name)};
    visit(step);
    if (value != kNoNode) walk(y, child, y.resolve(value), step.path, visit, unknown, depth + 1);
  }
  for (auto [k, v] : y.entries(node)) {
    const std::string& key = y.scalar(k);
    if (f.field(key) || (key == "<<" && !y.node(k).quoted)) continue;
    const bool free_key_ok = f.each && (f.keys.empty() || std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end());
    if (free_key_ok) {
      const SchemaVisit step{*f.each, v, node, key, join_path(path, key)};
      visit(step);
      walk(y, *f.each, y.resolve(v), step.path, visit, unknown, depth + 1);
    } else if (!f.open) {
      unknown(k, f, path);
    }
  }
}

void walk(const YamlDocument& y, const SchemaField& f, NodeId node, const std::string& path, const Visit& visit,
          const Unknown& unknown, int depth) {
  if (depth > 64 || node == kNoNode) return;  // schemas are shallow; aliases cannot make this loop
  if (f.type == "map" && y.is_mapping(node)) {
    walk_map(y, f, node, path, visit, unknown, depth);
  } else if (f.type == "list" && f.each && y.is_sequence(node)) {
    const auto& items = y.node(node).children;
    for (std::size_t i = 0; i < items.size(); ++i) {
      std::string index = std::to_string(i);
      const SchemaVisit step{*f.each, items[i], node, index, join_path(path, index)};
      visit(step);
      walk(y, *f.each, y.resolve(items[i]), step.path, visit, unknown, depth + 1);
    }
  }
}

}  // namespace

void walk_schema(const YamlDocument& yaml, const SchemaField& schema, const Visit& visit, const Unknown& on_unknown) {
  if (yaml.root() == kNoNode) return;
  walk(yaml, schema, yaml.resolve(yaml.root()), "", visit, on_unknown, 0);
}

bool scalar_has_type(const YamlNode& n, const std::string& type) {
  static const RE2 kInteger("[-+]?[0-9]+");
  static const RE2 kBoolean("true|false|True|False|TRUE|FALSE");
  static const RE2 kUrl("[A-Za-z][A-Za-z0-9+.-]*://[^\\s/?#]+[^\\s]*");
  static const RE2 kEmail("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  if (type == "any" || type == "string" || type == "path") return n.kind == NodeKind::Scalar;
  if (n.kind != NodeKind::Scalar) return false;
  if (type == "integer") return !n.quoted && RE2::FullMatch(n.value, kInteger);
  if (type == "boolean") return !n.quoted && RE2::FullMatch(n.value, kBoolean);
  if (type == "date") return parse_date(n.value).has_value() && n.value.size() == 10;
  if (type == "url") return RE2::FullMatch(n.value, kUrl);
  if (type == "email") return RE2::FullMatch(n.value, kEmail);
  return true;
}

}  // namespace lint
