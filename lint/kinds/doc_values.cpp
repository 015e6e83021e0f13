// Placeholders, empty values, a walk over every value, and a template's config and environment.
#include "lint/kinds/doc_values.h"

#include <vector>

#include "lint/kinds/common.h"

namespace lint {

bool has_placeholder(std::string_view value) {
  const std::size_t open = value.find("{{");
  return open != std::string_view::npos && value.find("}}", open + 2) != std::string_view::npos;
}

bool is_empty_value(const YamlDocument& y, NodeId node) {
  if (node == kNoNode) return true;
  const YamlNode& n = y.node(y.resolve(node));
  if (n.kind == NodeKind::Scalar) return n.value.empty();
  return n.kind == NodeKind::Null || n.children.empty();
}

void for_each_value(const YamlDocument& y, const std::function<void(NodeId value, NodeId key)>& visit) {
  std::vector<bool> is_key(y.size(), false);
  for (NodeId id = 0; id < y.size(); ++id)
    if (y.node(id).key != kNoNode) is_key[y.node(id).key] = true;
  for (NodeId id = 0; id < y.size(); ++id)
    if (y.node(id).kind == NodeKind::Scalar && !is_key[id]) visit(id, y.node(id).key);
}

std::string target_env(const CheckContext& ctx, const Target& target) {
  if (!target.env.empty()) return target.env;
  return ctx.doc.kind != DocKind::Config && ctx.doc.config ? ctx.doc.reference.env : "";
}

const std::string* config_scalar(const CheckContext& ctx, const std::string& path, const std::string& env) {
  const Document* config = ctx.config();
  if (!config || !config->yaml) return nullptr;
  const NodeId n = lookup_path(*config->yaml, with_env(path, env));
  return config->yaml->is_scalar(n) ? &config->yaml->scalar(n) : nullptr;
}

}  // namespace lint
