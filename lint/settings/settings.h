/// The settings file `.dsoplint.yaml`: what it says, as read and checked for shape (not yet
/// against the rules), with the place of every value for messages.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/ruleset/rule_file.h"

namespace lint {

/// The file name looked for in the first path's folder and its parents.
inline constexpr const char* kSettingsFileName = ".dsoplint.yaml";

/// A rule id, slug or id prefix as written in the settings, with the node it was read from.
struct RuleName {
  std::string name;
  NodeId node = kNoNode;
};

/// `severity: {RULE: error|warning|info}`.
struct SeverityChange {
  RuleName rule;
  Severity severity = Severity::Error;
};

/// The rule selection and severities that one level (the whole file, or one override) gives.
struct Selection {
  std::vector<RuleName> disable;
  std::vector<RuleName> enable;  // applied after `disable`
  std::vector<SeverityChange> severity;
};

/// `overrides: [{files: [...], disable, enable, severity}]`.
struct PathOverride {
  std::vector<std::string> files;  // globs relative to the settings file's folder
  Selection selection;
};

/// `options: {RULE: {option: value}}`: the mapping node in the settings file.
struct OptionChange {
  RuleName rule;
  NodeId options = kNoNode;
};

struct Settings {
  std::string path;                // as given or found, for messages
  std::filesystem::path folder;    // absolute: globs and rule paths are relative to it
  std::vector<std::string> rules;  // extra rule files or folders, beside the settings file as named
  std::optional<std::string> fail_on;
  Selection selection;
  std::vector<OptionChange> options;
  std::vector<PathOverride> overrides;
  std::shared_ptr<const RuleFile> file;  // the source and tree, for positions and options
};

/// A settings file that cannot be used: every error found, each `file:line:col: message`.
class SettingsErrors : public std::runtime_error {
 public:
  explicit SettingsErrors(std::vector<RuleFileError> errors);
  const std::vector<RuleFileError>& errors() const { return m_errors; }

 private:
  std::vector<RuleFileError> m_errors;
};

/// Reads and checks the settings file at `path`. Throws SettingsErrors: unreadable, a YAML error,
/// a duplicate or unknown key, a wrong type, a rule path that does not exist.
Settings load_settings(const std::string& path);

/// `.dsoplint.yaml` in `start` (a folder, or a file's folder) or its nearest parent; "" when none.
std::string find_settings(const std::filesystem::path& start);

}  // namespace lint
