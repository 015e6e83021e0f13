/// The loaded rule pack: rule files, schemas, data tables and compiled rules.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lint/ruleset/kind_table.h"
#include "lint/ruleset/rule.h"
#include "lint/ruleset/rule_file.h"
#include "lint/ruleset/schema.h"

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
  static std::unique_ptr<Catalog> load(const std::vector<RuleSource>& sources, const KindTable& kinds);

  /// The kinds its rules were compiled with.
  const KindTable& kinds() const { return *m_kinds; }

  const std::vector<Rule>& rules() const { return m_rules; }
  /// The rule with this id or slug (case-insensitive id), or nullptr.
  const Rule* find(std::string_view id_or_slug) const;
  /// The rule of kind `engine` that reports this engine event (e.g. `yaml-syntax`), or nullptr.
  const Rule* engine_rule(std::string_view event) const;
  const Schema* schema(std::string_view name) const;
  const std::vector<std::unique_ptr<Schema>>& schemas() const { return m_schemas; }
  const DataRef* data(std::string_view name) const;
  std::size_t file_count() const { return m_files.size(); }

  /// A value made from loaded data (a parsed table, say) by `make()` once per catalog and shared
  /// by every rule that asks for the same `key`. For use while rules load (single-threaded).
  template <class T, class Make>
  std::shared_ptr<const T> shared(const std::string& key, Make make) const {
    auto& slot = m_shared[key];
    if (!slot) slot = std::make_shared<const T>(make());
    return std::static_pointer_cast<const T>(slot);
  }

 private:
  void add_file(std::unique_ptr<RuleFile> file);
  void compile_rules();
  void compile_rule(const RuleFile& file, NodeId node);

  const KindTable* m_kinds = nullptr;
  std::vector<std::unique_ptr<RuleFile>> m_files;
  std::vector<std::unique_ptr<Schema>> m_schemas;
  std::vector<std::pair<std::string, DataRef>> m_data;
  std::vector<std::pair<const RuleFile*, NodeId>> m_rule_lists;
  std::vector<Rule> m_rules;
  mutable std::map<std::string, std::shared_ptr<const void>> m_shared;
};

}  // namespace lint
