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

void walk(const YamlDocument& y, const SchemaField& f, NodeId node, std::string& path, const Visit& visit,
          const Unknown& unknown, int depth);

// Visits the child `name` of the node at `path` (which it extends for the visit and the walk
// below, then restores), and walks into it.
void step(const YamlDocument& y, const SchemaField& child, NodeId value, NodeId parent, std::string_view name,
          std::string& path, const Visit& visit, const Unknown& unknown, int depth) {
  const std::size_t parent_end = path.size();
  if (parent_end) path += '.';
  path += name;
  visit(SchemaVisit{child, value, parent, name, path});
  if (value != kNoNode) walk(y, child, y.resolve(value), path, visit, unknown, depth + 1);
  path.resize(parent_end);
}

void walk_map(const YamlDocument& y, const SchemaField& f, NodeId node, std::string& path, const Visit& visit,
              const Unknown& unknown, int depth) {
  for (const auto& [name, child] : f.fields) step(y, child, y.get(node, name), node, name, path, visit, unknown, depth);
  for (auto [k, v] : y.entries(node)) {
    const std::string& key = y.scalar(k);
    if (f.field(key) || (key == "<<" && !y.node(k).quoted)) continue;
    const bool free_key_ok = f.each && (f.keys.empty() || std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end());
    if (free_key_ok)
      step(y, *f.each, v, node, key, path, visit, unknown, depth);
    else if (!f.open)
      unknown(k, f, path);
  }
}

void walk(const YamlDocument& y, const SchemaField& f, NodeId node, std::string& path, const Visit& visit,
          const Unknown& unknown, int depth) {
  if (depth > 64 || node == kNoNode) return;  // schemas are shallow; aliases cannot make this loop
  if (f.type == "map" && y.is_mapping(node)) {
    walk_map(y, f, node, path, visit, unknown, depth);
  } else if (f.type == "list" && f.each && y.is_sequence(node)) {
    const auto& items = y.node(node).children;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string index = std::to_string(i);
      step(y, *f.each, items[i], node, index, path, visit, unknown, depth);
    }
  }
}

}  // namespace

Target SchemaVisit::target(bool with_env) const {
  return {node, parent, std::string(name), path, with_env ? env_of(path) : ""};
}

std::string SchemaVisit::parent_path() const {
  return path.size() > name.size() ? path.substr(0, path.size() - name.size() - 1) : "";
}

void walk_schema(const YamlDocument& yaml, const SchemaField& schema, const Visit& visit, const Unknown& on_unknown) {
  if (yaml.root() == kNoNode) return;
  std::string path;
  walk(yaml, schema, yaml.resolve(yaml.root()), path, visit, on_unknown, 0);
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
