/// A YAML tree flattened into plain arrays, so a build step can emit it as C++ data.
#pragma once

#include <cstdint>

#include "lint/yaml/yaml_tree.h"

namespace lint {

/// One node: its scalar text and children are slices of the tree's `values` and `children`.
struct PackedNode {
  std::uint8_t kind;  // a NodeKind
  std::uint8_t quoted;
  std::uint32_t begin, end;  // the byte range
  NodeId parent, key, target;
  std::uint32_t value, value_size;
  std::uint32_t first_child, child_count;
};

/// A whole document: what parse_yaml made from a source that had no issue.
struct PackedYaml {
  const PackedNode* nodes;
  std::uint32_t node_count;
  const NodeId* children;
  const char* values;
  NodeId root;
};

/// The document the packed tree describes, node for node.
YamlDocument unpack_yaml(const PackedYaml& packed);

}  // namespace lint
