/// The loaded rule pack: rule files, schemas, data tables and compiled rules.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lint/rule.h"
#include "lint/rule_file.h"
#include "lint/schema.h"

namespace lint {

/// A named data table in a rule file (e.g. certificate authorities, word lists).
struct DataRef {
  const RuleFile* file = nullptr;
  NodeId node = kNoNode;
};

/// A rule file's name (for messages) and its text.
struct RuleSource {
  std::string name;
  std::string text;
};

class Catalog {
 public:
  /// Loads and validates every source; throws RuleFileError naming file, line and column.
  static std::unique_ptr<Catalog> load(const std::vector<RuleSource>& sources);

  const std::vector<Rule>& rules() const { return m_rules; }
  /// The rule with this id or slug (case-insensitive id), or nullptr.
  const Rule* find(std::string_view id_or_slug) const;
  /// The rule of kind `engine` that reports this engine event (e.g. `yaml-syntax`), or nullptr.
  const Rule* engine_rule(std::string_view event) const;
  const Schema* schema(std::string_view name) const;
  const DataRef* data(std::string_view name) const;
  std::size_t file_count() const { return m_files.size(); }

 private:
  void add_file(std::unique_ptr<RuleFile> file);
  void compile_rules();
  void compile_rule(const RuleFile& file, NodeId node);

  std::vector<std::unique_ptr<RuleFile>> m_files;
  std::vector<std::unique_ptr<Schema>> m_schemas;
  std::vector<std::pair<std::string, DataRef>> m_data;
  std::vector<std::pair<const RuleFile*, NodeId>> m_rule_lists;
  std::vector<Rule> m_rules;
};

}  // namespace lint
