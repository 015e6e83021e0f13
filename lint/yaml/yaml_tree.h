/// A compact YAML tree with a byte range for every node, built from yaml-cpp's event stream.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lint/core/source.h"

namespace lint {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

enum class NodeKind : std::uint8_t { Null, Scalar, Sequence, Mapping, Alias };

/// One node. Mappings keep their entries as alternating key and value ids in `children`.
struct YamlNode {
  NodeKind kind = NodeKind::Null;
  bool quoted = false;      // a quoted or block scalar (never a number, boolean or null)
  ByteRange range;          // the node's source bytes; a collection ends with its last child
  NodeId parent = kNoNode;  // the collection holding the node
  NodeId key = kNoNode;     // for a mapping value: its key node
  NodeId target = kNoNode;  // for an alias: the anchored node
  std::string value;        // scalar text
  std::vector<NodeId> children;
};

/// One YAML document: nodes addressed by id, with mapping and alias helpers.
class YamlDocument;

/// The key/value id pairs of a mapping: a view over its children, valid while the document is
/// neither changed nor destroyed.
class Entries {
 public:
  class iterator {
   public:
    explicit iterator(const NodeId* at) : m_at(at) {}
    std::pair<NodeId, NodeId> operator*() const { return {m_at[0], m_at[1]}; }
    iterator& operator++() {
      m_at += 2;
      return *this;
    }
    friend bool operator==(const iterator&, const iterator&) = default;

   private:
    const NodeId* m_at;
  };
  Entries() = default;
  Entries(const NodeId* first, std::size_t pairs) : m_first(first), m_pairs(pairs) {}
  iterator begin() const { return iterator(m_first); }
  iterator end() const { return iterator(m_first + 2 * m_pairs); }
  std::size_t size() const { return m_pairs; }
  bool empty() const { return m_pairs == 0; }
  std::pair<NodeId, NodeId> operator[](std::size_t i) const { return {m_first[2 * i], m_first[2 * i + 1]}; }

 private:
  const NodeId* m_first = nullptr;
  std::size_t m_pairs = 0;
};

/// A copy of `base` whose mapping `into` also holds those entries of `from`'s mapping
/// `from_mapping` whose keys it lacks (aliases resolved); the copied nodes get the byte range `at`
/// of `base`'s source, so messages about them point there.
YamlDocument graft_entries(const YamlDocument& base, NodeId into, const YamlDocument& from, NodeId from_mapping,
                           ByteRange at);

class YamlDocument {
 public:
  NodeId root() const { return m_root; }
  const YamlNode& node(NodeId id) const { return m_nodes[id]; }
  std::size_t size() const { return m_nodes.size(); }

  /// The node an alias stands for (the node itself otherwise).
  NodeId resolve(NodeId id) const;
  /// The value under `key` in a mapping (merge keys `<<` included), or kNoNode.
  NodeId get(NodeId mapping, std::string_view key) const;
  /// The key/value pairs of a mapping, in source order (merge keys not expanded).
  Entries entries(NodeId mapping) const;
  /// True when the node is a mapping (after resolving aliases).
  bool is_mapping(NodeId id) const;
  bool is_sequence(NodeId id) const;
  bool is_scalar(NodeId id) const;
  /// The scalar's text, or empty for other kinds.
  const std::string& scalar(NodeId id) const;

  /// A document from nodes made elsewhere (a tree parsed at build time); `root` indexes `nodes`.
  static YamlDocument from_nodes(std::vector<YamlNode> nodes, NodeId root);

 private:
  friend class TreeBuilder;
  friend YamlDocument graft_entries(const YamlDocument&, NodeId, const YamlDocument&, NodeId, ByteRange);
  std::vector<YamlNode> m_nodes;
  NodeId m_root = kNoNode;
};

/// Safety limits checked while parsing (DSOP009).
struct ParseLimits {
  std::size_t max_depth = 1000;
  std::size_t max_nodes = 1000000;
  std::size_t max_alias_expansion = 100000;
};

/// A problem found while parsing: a syntax error, a duplicate key or a limit.
struct ParseIssue {
  enum class Kind { Syntax, DuplicateKey, Limit } kind;
  ByteRange range;
  std::string detail;       // the parser's message, the key, or the limit that was hit
  ByteRange first_range{};  // a duplicate key's first occurrence; for a syntax error, the open collection
};

struct ParsedYaml {
  std::vector<YamlDocument> documents;
  std::vector<ParseIssue> issues;
  bool stopped = false;  // a syntax error or a limit ended parsing
};

/// Parses every document of a YAML (or JSON) source. Never throws for bad input.
ParsedYaml parse_yaml(const SourceFile& source, const ParseLimits& limits = {});

}  // namespace lint
