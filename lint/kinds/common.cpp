// Finding placement and path helpers shared by the rule kinds.
#include "lint/kinds/common.h"

namespace lint {

ByteRange missing_range(const YamlDocument& yaml, NodeId parent) {
  if (parent == kNoNode) return {0, 0};
  const YamlNode& p = yaml.node(parent);
  if (p.key != kNoNode) return yaml.node(p.key).range;
  if (!p.children.empty()) return yaml.node(p.children.front()).range;
  return {p.range.begin, p.range.begin};
}

std::string node_path(const YamlDocument& yaml, NodeId node) {
  std::string path;
  while (node != kNoNode) {
    const YamlNode& n = yaml.node(node);
    if (n.parent == kNoNode) break;
    std::string part;
    if (n.key != kNoNode) {
      part = yaml.scalar(n.key);
    } else {
      const auto& siblings = yaml.node(n.parent).children;
      for (std::size_t i = 0; i < siblings.size(); ++i)
        if (siblings[i] == node) part = std::to_string(i / (yaml.node(n.parent).kind == NodeKind::Mapping ? 2 : 1));
    }
    path = path.empty() ? part : part + "." + path;
    node = n.parent;
  }
  return path;
}

Finding finding_at(const CheckContext& ctx, const Target& target, std::string variant) {
  Finding f;
  f.variant = std::move(variant);
  f.path = target.path;
  const YamlDocument& y = ctx.yaml();
  const bool present = target.node != kNoNode && y.node(target.node).kind != NodeKind::Null;
  f.range = present ? y.node(target.node).range : missing_range(y, target.parent);
  if (target.node != kNoNode && !present && y.node(target.node).key != kNoNode)
    f.range = y.node(y.node(target.node).key).range;
  f.args["field"] = target.field;
  f.args["path"] = target.path;
  f.args["env"] = target.env;
  if (present && y.is_scalar(target.node)) f.args["value"] = y.scalar(target.node);
  return f;
}

Finding finding_at_node(const CheckContext& ctx, NodeId node, const std::string& path, std::string variant) {
  Finding f;
  f.variant = std::move(variant);
  f.path = path;
  f.range = ctx.yaml().node(node).range;
  if (ctx.yaml().is_scalar(node)) f.args["value"] = ctx.yaml().scalar(node);
  return f;
}

bool has_scalar(const CheckContext& ctx, const Target& target) {
  if (target.node == kNoNode) return false;
  const NodeId n = ctx.yaml().resolve(target.node);
  return ctx.yaml().node(n).kind == NodeKind::Scalar;
}

}  // namespace lint
