/// The settings applied to a catalog: which rules run, at which severity, with which options, for
/// each file. Resolving checks every rule name and option against the loaded rules.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/ruleset/catalog.h"
#include "lint/settings/settings.h"

namespace lint {

/// What the settings say about one rule at one level (the file, or one override).
struct RuleState {
  std::optional<bool> enabled;  // unset: as the level below says (enabled by default)
  std::optional<Severity> severity;
};

class RulePolicy {
 public:
  /// The policy of no settings: every rule on, as its rule file says.
  RulePolicy() = default;
  /// Checks `settings` against `catalog`: an unknown rule name (with a "did you mean"), options for
  /// a rule that takes none, an option its kind rejects. Throws SettingsErrors with every error.
  static RulePolicy resolve(const Settings& settings, const Catalog& catalog);

  /// False when the rule is off for every file: none of its findings is reported.
  bool reports_anywhere(const Rule& rule) const;
  /// Whether the rule reports findings in `file` (a path as shown, relative to the current folder).
  bool enabled(const Rule& rule, std::string_view file) const;
  /// The severity a finding of the rule in `file` gets, when the settings change `found`.
  Severity severity(const Rule& rule, std::string_view file, Severity found) const;
  /// The rule's check: compiled with the settings' options merged over the rule file's, or its own.
  const Check& check(const Rule& rule) const;
  /// What the settings file says about the rule for every file (overrides not included).
  RuleState global(const Rule& rule) const;

 private:
  struct Level {
    std::vector<std::string> globs;  // empty: the whole file's level
    std::vector<RuleState> states;   // by rule index in the catalog
  };

  void compile_options(const Settings& settings, const OptionChange& change, std::vector<RuleFileError>& errors);
  std::size_t index_of(const Rule& rule) const;
  /// The state that holds for `file`: the file's level, then each matching override in order.
  RuleState effective(const Rule& rule, std::string_view file) const;
  std::string relative(std::string_view file) const;
  bool applies(const Level& level, const std::string& relative) const;

  const Catalog* m_catalog = nullptr;
  std::filesystem::path m_folder;
  std::vector<Level> m_levels;                            // [0] is the whole file's
  std::vector<std::unique_ptr<Check>> m_checks;           // by rule index; null: the rule's own
  std::vector<std::unique_ptr<RuleFile>> m_option_files;  // the merged options the checks were made from
};

}  // namespace lint
