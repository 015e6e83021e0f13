/// A parsed rule file and typed, position-aware access to the options of one mapping in it.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lint/core/source.h"
#include "lint/ruleset/rule_file_error.h"
#include "lint/yaml/yaml_tree.h"

namespace lint {

/// A rule file's source and its parsed YAML, kept alive for the data and schemas it holds.
struct RuleFile {
  SourceFile source;
  YamlDocument yaml;
  /// Embedded in the binary: the build parsed it and the test suite compiles every rule in it, so
  /// its rules' kinds may be compiled on first use (see CheckSlot).
  bool built_in = false;
};

/// The error at the node's line and column (1:1 for kNoNode).
RuleFileError error_at(const RuleFile& file, NodeId node, const std::string& message);
/// Throws error_at(): reading the rule (or the file, outside a rule) ends there.
[[noreturn]] void fail_at(const RuleFile& file, NodeId node, const std::string& message);

/// Reads one mapping of a rule file; remembers which keys were read so finish() can flag the rest.
class Options {
 public:
  /// `mapping` may be kNoNode (no options given); errors then point at `where`.
  Options(const RuleFile& file, NodeId mapping, NodeId where = kNoNode);

  const RuleFile& file() const { return m_file; }
  const YamlDocument& yaml() const { return m_file.yaml; }
  NodeId self() const { return m_mapping; }

  /// The value node under `key`, or kNoNode.
  NodeId node(const std::string& key);
  /// A scalar option; without a fallback it is required.
  std::string text(const std::string& key, std::optional<std::string> fallback = std::nullopt);
  /// A scalar or a list of scalars.
  std::vector<std::string> list(const std::string& key, bool required = false);
  std::optional<double> number(const std::string& key);
  bool flag(const std::string& key, bool fallback);
  /// A scalar that must be one of `allowed`.
  std::string choice(const std::string& key, const std::vector<std::string>& allowed,
                     std::optional<std::string> fallback = std::nullopt);

  [[noreturn]] void fail(NodeId at, const std::string& message) const;
  /// Fails on the first key that nothing read, suggesting the nearest known key.
  void finish(const std::vector<std::string>& also_allowed = {}) const;

 private:
  const RuleFile& m_file;
  NodeId m_mapping;
  NodeId m_where;
  std::set<std::string> m_read;
};

}  // namespace lint
