// Test harness for rule kinds: compiles one rule from YAML text and runs it on a document.
#pragma once

#include <string>
#include <vector>

#include "lint/ruleset/catalog.h"
#include "lint/ruleset/document.h"

namespace lint::testing {

/// The built-in schemas and data tables, `rule_yaml` as the one rule of "rule.yaml", and an
/// optional extra rule file ("extra.yaml").
std::vector<RuleSource> sources_with_rule(const std::string& rule_yaml, const std::string& extra_file = "");

/// Parses a document's YAML into it; false when it does not parse.
bool parse_into(Document& doc);

/// Runs a compiled rule on a loaded document the way the engine does (selectors, conditions) and
/// returns each finding as "line:col variant".
std::vector<std::string> run_on(const Rule& rule, const Document& doc, const std::string& today);

/// Runs `rule_yaml` (one rule mapping, without the `rules:` list) on `document` (a config unless
/// `kind` says otherwise) and returns each finding as "line:col variant" (1-based, columns in
/// characters), in order. `today` is YYYY-MM-DD. `base_dir` is the folder the document's relative
/// paths start from (e.g. a certificate file written by the test), "" for the working folder.
std::vector<std::string> run_rule(const std::string& rule_yaml, const std::string& document,
                                  const std::string& today = "2026-11-27", const std::string& kind = "config",
                                  const std::string& base_dir = "");

/// The errors loading `rule_yaml` gives (file "rule.yaml"), one a line, or "" when it loads.
std::string load_error(const std::string& rule_yaml);

/// A rule mapping with every required key, for `kind`, `options` (YAML flow text) and `select`.
std::string rule(const std::string& kind, const std::string& options, const std::string& select = "",
                 const std::string& extra = "");

}  // namespace lint::testing
