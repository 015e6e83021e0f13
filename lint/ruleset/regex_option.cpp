// Compiling RE2 rule options; a bad pattern fails the rule file at the option.
#include "lint/ruleset/regex_option.h"

namespace lint {

std::unique_ptr<RE2> compile_regex(Options& options, const std::string& key, bool case_sensitive) {
  const std::string text = options.text(key, "");
  if (text.empty()) return nullptr;
  RE2::Options re_options;
  re_options.set_log_errors(false);
  re_options.set_case_sensitive(case_sensitive);
  auto re = std::make_unique<RE2>(text, re_options);
  if (!re->ok()) options.fail(options.node(key), "invalid regular expression in '" + key + "': " + re->error());
  return re;
}

}  // namespace lint
