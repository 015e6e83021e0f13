/// The loaded rule pack: rule files, schemas, data tables and compiled rules.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lint/ruleset/kind_table.h"
#include "lint/ruleset/rule.h"
#include "lint/ruleset/rule_file.h"
#include "lint/ruleset/schema.h"
#include "lint/yaml/yaml_packed.h"

namespace lint {

/// A named data table in a rule file (e.g. certificate authorities, word lists).
struct DataRef {
  const RuleFile* file = nullptr;
  NodeId node = kNoNode;
};

/// A rule file's name (for messages) and its text, or why it could not be read.
struct RuleSource {
  RuleSource(std::string file_name, std::string file_text, std::string why_unreadable = "",
             const PackedYaml* parsed_tree = nullptr)
      : name(std::move(file_name)),
        text(std::move(file_text)),
        read_error(std::move(why_unreadable)),
        parsed(parsed_tree) {}

  std::string name;
  std::string text;
  std::string read_error;  // e.g. "the rule file does not exist"; "" when it was read
  /// The text's tree, parsed when the binary was built (embedded files); null: parse `text`.
  const PackedYaml* parsed = nullptr;
};

class Catalog;

/// What loading gives: the catalog of what loaded, and every error in it, in file order, then
/// position. A rule with an error is left out; a catalog with errors is not for linting.
struct LoadedCatalog {
  std::unique_ptr<Catalog> catalog;
  std::vector<RuleFileError> errors;
};

class Catalog {
 public:
  /// Loads every source and compiles every rule, recording each error instead of stopping there.
  static LoadedCatalog load(const std::vector<RuleSource>& sources, const KindTable& kinds);

  /// The kinds its rules were compiled with.
  const KindTable& kinds() const { return *m_kinds; }

  const std::vector<Rule>& rules() const { return m_rules; }
  /// The rule with this id or slug (case-insensitive id), or nullptr.
  const Rule* find(std::string_view id_or_slug) const;
  /// The rule of kind `engine` that reports this engine event (e.g. `yaml-syntax`), or nullptr.
  const Rule* engine_rule(std::string_view event) const;
  const Schema* schema(std::string_view name) const;
  /// Every loaded schema, in load order.
  const std::vector<std::unique_ptr<Schema>>& schemas() const { return m_schemas; }
  const DataRef* data(std::string_view name) const;
  std::size_t file_count() const { return m_files.size(); }

  /// A value made from loaded data (a parsed table, say) by `make()` once per catalog and shared
  /// by every rule that asks for the same `key`. Kinds compile one at a time (compile_check), so no lock.
  template <class T, class Make>
  std::shared_ptr<const T> shared(const std::string& key, Make make) const {
    auto& slot = m_shared[key];
    if (!slot) slot = std::make_shared<const T>(make());
    return std::static_pointer_cast<const T>(slot);
  }

 private:
  using Errors = std::vector<RuleFileError>;

  void add_file(std::unique_ptr<RuleFile> file, Errors& errors);
  void add_content(const RuleFile& file, Errors& errors);
  void add_data(const std::string& name, const RuleFile& file, NodeId name_node, NodeId content);
  void add_schema(const RuleFile& file, Errors& errors);
  void compile_rules(Errors& errors);
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
