/// JSON output read back for tests with the project's YAML parser (JSON is YAML 1.2), with lookups by path.
#pragma once

#include <initializer_list>
#include <memory>
#include <string>

#include "lint/core/source.h"
#include "lint/yaml/yaml_tree.h"

namespace lint::test {

struct ParsedJson {
  SourceFile source;
  ParsedYaml yaml;
  const YamlDocument& doc() const { return yaml.documents.at(0); }
  /// The node at `path` from `from` (keys, or indexes in sequences), or kNoNode.
  NodeId at(NodeId from, std::initializer_list<std::string> path) const;
  /// The scalar at `path`, or "".
  std::string text(NodeId from, std::initializer_list<std::string> path) const { return doc().scalar(at(from, path)); }
  /// The items of the sequence at `node`.
  const std::vector<NodeId>& items(NodeId node) const { return doc().node(node).children; }
};

std::unique_ptr<ParsedJson> parse_json(const std::string& text);

}  // namespace lint::test
