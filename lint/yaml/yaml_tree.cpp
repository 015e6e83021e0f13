// YamlDocument queries: alias resolution, mapping lookup with merge keys.
#include "lint/yaml/yaml_tree.h"

#include <utility>

namespace lint {

YamlDocument YamlDocument::from_nodes(std::vector<YamlNode> nodes, NodeId root) {
  YamlDocument doc;
  doc.m_nodes = std::move(nodes);
  doc.m_root = root;
  return doc;
}

NodeId YamlDocument::resolve(NodeId id) const {
  if (id == kNoNode) return id;
  const YamlNode& n = m_nodes[id];
  return n.kind == NodeKind::Alias ? n.target : id;
}

bool YamlDocument::is_mapping(NodeId id) const {
  id = resolve(id);
  return id != kNoNode && m_nodes[id].kind == NodeKind::Mapping;
}

bool YamlDocument::is_sequence(NodeId id) const {
  id = resolve(id);
  return id != kNoNode && m_nodes[id].kind == NodeKind::Sequence;
}

bool YamlDocument::is_scalar(NodeId id) const {
  id = resolve(id);
  return id != kNoNode && m_nodes[id].kind == NodeKind::Scalar;
}

const std::string& YamlDocument::scalar(NodeId id) const {
  static const std::string kEmpty;
  id = resolve(id);
  if (id == kNoNode || m_nodes[id].kind != NodeKind::Scalar) return kEmpty;
  return m_nodes[id].value;
}

Entries YamlDocument::entries(NodeId mapping) const {
  mapping = resolve(mapping);
  if (mapping == kNoNode || m_nodes[mapping].kind != NodeKind::Mapping) return {};
  const auto& c = m_nodes[mapping].children;
  return {c.data(), c.size() / 2};
}

NodeId YamlDocument::get(NodeId mapping, std::string_view key) const {
  NodeId merged = kNoNode;
  for (auto [k, v] : entries(mapping)) {
    const YamlNode& kn = m_nodes[resolve(k)];
    if (kn.kind != NodeKind::Scalar) continue;
    if (kn.value == key) return v;
    if (kn.value == "<<" && !kn.quoted && merged == kNoNode) merged = v;
  }
  if (merged == kNoNode) return kNoNode;
  if (is_mapping(merged)) {
    // A merge source is complete before the mapping that merges it, so this cannot loop.
    return get(resolve(merged), key);
  }
  for (NodeId item : m_nodes[resolve(merged)].children) {
    if (!is_mapping(item)) continue;
    NodeId found = get(resolve(item), key);
    if (found != kNoNode) return found;
  }
  return kNoNode;
}

}  // namespace lint
