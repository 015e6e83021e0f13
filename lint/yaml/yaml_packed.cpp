// Unpacking a tree that a build step flattened into arrays (see cmake/pack_rules.cpp).
#include "lint/yaml/yaml_packed.h"

#include <utility>
#include <vector>

namespace lint {

YamlDocument unpack_yaml(const PackedYaml& packed) {
  std::vector<YamlNode> nodes(packed.node_count);
  for (std::uint32_t i = 0; i < packed.node_count; ++i) {
    const PackedNode& p = packed.nodes[i];
    YamlNode& n = nodes[i];
    n.kind = static_cast<NodeKind>(p.kind);
    n.quoted = p.quoted != 0;
    n.range = ByteRange{p.begin, p.end};
    n.parent = p.parent;
    n.key = p.key;
    n.target = p.target;
    n.value.assign(packed.values + p.value, p.value_size);
    n.children.assign(packed.children + p.first_child, packed.children + p.first_child + p.child_count);
  }
  return YamlDocument::from_nodes(std::move(nodes), packed.root);
}

}  // namespace lint
