/// A rule option that holds an RE2 regular expression, compiled once when the rule loads.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>

#include "lint/ruleset/rule_file.h"

namespace lint {

/// Compiles option `key` as an RE2 pattern; nullptr when the option is absent or empty. A pattern
/// that does not compile is a rule-file error at the option.
std::unique_ptr<RE2> compile_regex(Options& options, const std::string& key, bool case_sensitive);

}  // namespace lint
