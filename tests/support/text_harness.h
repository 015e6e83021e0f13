// Test harness for consent-text kinds: one rule, a config and the language versions of one text.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace lint::testing {

/// A config without its `texts:` section: institution «Eksempelbanken ASA», valid_days 90 in test.
extern const char* const kTextConfig;

/// Runs `rule_yaml` (one rule mapping, as for run_rule) on the text in slot `lang`. `texts` maps a
/// language to its text; each is named `consent.<lang>.md` and listed under `texts.consent` of
/// `config` (appended to it), so kinds see the config and the other versions. With an empty
/// `config` the text is linted alone (its language then comes from its file name). Findings are
/// "line:col variant" (columns in characters), followed by " -> file:line:col" per related location.
/// `extra_rule_file` (optional) is loaded as one more rule file, e.g. a bank's data table.
std::vector<std::string> run_text_rule(const std::string& rule_yaml, const std::map<std::string, std::string>& texts,
                                       const std::string& lang, const std::string& config = kTextConfig,
                                       const std::string& extra_rule_file = "");

}  // namespace lint::testing
