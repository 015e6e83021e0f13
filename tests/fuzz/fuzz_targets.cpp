// Fuzz targets over the public entry points: the engine on in-memory documents and the rule loader.
#include "fuzz_targets.h"

#include <string>

#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/embedded_rules.h"
#include "lint/engine/engine.h"

namespace lint::fuzz {

namespace {

const Catalog& catalog() {
  static const auto kCatalog = load_catalog(embedded_rule_sources());
  return *kCatalog;
}

void lint_as(std::string_view bytes, const std::string& name) {
  LintOptions options;
  options.today = *parse_date("2026-11-27");
  Engine(catalog(), options).lint({{name, std::string(bytes), true}});
}

}  // namespace

void lint_yaml(std::string_view bytes) {
  lint_as(bytes, "dsop.yaml");
  lint_as(bytes, "request.json");
}

void lint_text(std::string_view bytes) { lint_as(bytes, "samtykke.nb.md"); }

void load_rules(std::string_view bytes) {
  auto sources = embedded_rule_sources();
  sources.push_back({"fuzz.yaml", std::string(bytes)});
  try {
    load_catalog(sources);
  } catch (const RuleFileError&) {
  }
}

}  // namespace lint::fuzz
