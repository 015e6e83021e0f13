// Test harness for template rule kinds: one rule, a template that belongs to a config section.
#pragma once

#include <string>
#include <vector>

namespace lint::testing {

/// Runs `rule_yaml` (as for kind_harness.h's run_rule) on `document` of kind `kind`, which belongs to
/// `config` (a config document's text; empty: no config) through its `env` section. Returns each
/// finding as "line:col variant", in order.
std::vector<std::string> run_with_config(const std::string& rule_yaml, const std::string& document,
                                         const std::string& config, const std::string& env = "test",
                                         const std::string& kind = "template", const std::string& today = "2026-11-27");

}  // namespace lint::testing
