/// What the report reads in the config itself: the fields that prove a task, and the config
/// place each finding belongs to (its field, or the field that names the file it is in).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/core/source.h"
#include "lint/yaml/yaml_tree.h"

namespace lint {

class Catalog;

namespace report {

/// One field found for an evidence path.
struct FieldValue {
  std::string path;    // concrete dotted path, e.g. environments.test.maskinporten.issuer
  std::string text;    // a scalar's text, a list of scalars joined by ", ", or "" for a mapping
  std::size_t line = 0;
  ByteRange range;     // the value's bytes in the config
  bool hidden = false; // a finding points into it: the report shows its place, not its text
};

class ConfigFacts {
 public:
  /// Reads and parses the config at `path` (as the engine names it). A file that cannot be read
  /// or parsed gives facts that are not readable(); its findings say why.
  static ConfigFacts read(const std::string& path, const Catalog& catalog, std::size_t max_file_size);

  bool readable() const { return m_yaml.has_value(); }
  /// The config's path as findings name it.
  const std::string& path() const { return m_path; }
  /// A scalar at a dotted path (no wildcards), or "".
  std::string scalar(const std::string& dotted) const;
  /// Whether `environments.<env>` is present.
  bool has_environment(const std::string& env) const;
  /// Every present, non-empty field the path (with `*` wildcards) names.
  std::vector<FieldValue> fields(const std::string& pattern) const;
  /// The dotted config path a finding belongs to: its place in the config, or the config field
  /// that names the file it is in; nothing when neither is known.
  std::optional<std::string> path_of(const Diagnostic& finding) const;

 private:
  std::string node_path(std::size_t offset) const;
  void index_references(const Catalog& catalog);

  std::string m_path;
  SourceFile m_source;
  std::optional<YamlDocument> m_yaml;
  std::map<std::string, std::string> m_file_fields;  // referenced file path -> config field path
};

/// Whether a concrete dotted path lies at or under `pattern` (`*` matches one part).
bool path_within(const std::string& path, const std::string& pattern);

}  // namespace report
}  // namespace lint
