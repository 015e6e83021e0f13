// Fuzz targets: each takes arbitrary bytes and must never crash, hang or leak.
#pragma once

#include <string_view>

namespace lint::fuzz {

/// Lints the bytes as a config (dsop.yaml), then as a template and as a plain YAML file.
void lint_yaml(std::string_view bytes);
/// Loads the bytes as a rule file next to the built-in pack (errors are expected, crashes are not).
void load_rules(std::string_view bytes);
/// Lints the bytes as a consent text.
void lint_text(std::string_view bytes);

}  // namespace lint::fuzz
