// graft_entries: one mapping's entries copied into another document's mapping (settings over rule options).
#include "lint/yaml/yaml_tree.h"

namespace lint {

namespace {

// Appends a copy of `from`'s node `id` (aliases resolved) to `nodes`, with range `at`; returns its id.
NodeId copy_node(std::vector<YamlNode>& nodes, const YamlDocument& from, NodeId id, NodeId parent, ByteRange at) {
  const YamlNode& source = from.node(from.resolve(id));
  YamlNode copy;
  copy.kind = source.kind;
  copy.quoted = source.quoted;
  copy.range = at;
  copy.parent = parent;
  copy.value = source.value;
  const auto self = static_cast<NodeId>(nodes.size());
  nodes.push_back(std::move(copy));
  for (std::size_t i = 0; i < source.children.size(); ++i) {
    const NodeId child = copy_node(nodes, from, source.children[i], self, at);
    const bool is_value = source.kind == NodeKind::Mapping && i % 2 == 1;
    if (is_value) nodes[child].key = nodes[self].children.back();
    nodes[self].children.push_back(child);
  }
  return self;
}

}  // namespace

YamlDocument graft_entries(const YamlDocument& base, NodeId into, const YamlDocument& from, NodeId from_mapping,
                           ByteRange at) {
  YamlDocument out = base;
  into = base.resolve(into);
  if (!base.is_mapping(into) || !from.is_mapping(from_mapping)) return out;
  for (auto [k, v] : from.entries(from_mapping)) {
    if (!from.is_scalar(k) || base.get(into, from.scalar(k)) != kNoNode) continue;
    const NodeId key = copy_node(out.m_nodes, from, k, into, at);
    const NodeId value = copy_node(out.m_nodes, from, v, into, at);
    out.m_nodes[value].key = key;
    out.m_nodes[into].children.push_back(key);
    out.m_nodes[into].children.push_back(value);
  }
  return out;
}

}  // namespace lint
