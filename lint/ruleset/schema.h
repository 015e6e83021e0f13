/// The shape of a document format (fields, types, required, allowed values), loaded from rules/.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lint/ruleset/rule_file.h"

namespace lint {

/// One field of a format. A map has named `fields`, or `each` for any key (limited to `keys`).
struct SchemaField {
  struct Named;              // a named child field; a pair would need SchemaField complete here
  std::string type = "any";  // map list string integer boolean date url email path any
  bool required = false;
  std::string required_unless;      // a sibling whose presence makes this field optional
  std::vector<std::string> values;  // allowed values
  std::vector<Named> fields;
  std::unique_ptr<SchemaField> each;  // map values with free keys, or list items
  std::vector<std::string> keys;      // allowed free keys (empty: any)
  bool open = false;                  // a map whose unknown keys are not reported
  std::string description;            // documentation (e.g. for the JSON Schema)
  std::string owner;                  // the rule that owns the field's content; documentation

  const SchemaField* field(std::string_view name) const;
  std::vector<std::string> field_names() const;
};

struct SchemaField::Named {
  std::string name;
  SchemaField field;
};

struct Schema {
  std::string name;
  std::string description;  // what the format is, for documentation
  SchemaField root;
  /// A template schema's (`template-*`) top-level keys: a document whose top-level mapping has any
  /// of them is a template of this shape. Empty for other schemas.
  std::vector<std::string> recognise_by;

  bool is_template() const { return name.rfind("template-", 0) == 0; }
  /// A template schema: a document whose top level holds at least this many of the root's fields,
  /// and more of them than other keys, is a template of this shape; 0: not recognised by fields.
  std::size_t recognise_by_fields = 0;
  std::string file;     // the rule file, for messages about the schema
  Position defined_at;  // its `schema:` name
};

/// Reads a schema from a rule file whose top level has `schema:` and `root:` (and, for a template
/// schema, `recognise_by:`).
Schema load_schema(const RuleFile& file);

/// The scalar types a schema knows.
const std::vector<std::string>& schema_types();

}  // namespace lint
