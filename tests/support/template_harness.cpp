// Test harness for template rule kinds: the document gets a parsed config and the config's environment.
#include "template_harness.h"

#include "kind_harness.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"

namespace lint::testing {

std::vector<std::string> run_with_config(const std::string& rule_yaml, const std::string& document,
                                         const std::string& config_text, const std::string& env,
                                         const std::string& kind, const std::string& today) {
  const auto catalog = load_catalog(sources_with_rule(rule_yaml));
  Document config;
  config.kind = DocKind::Config;
  config.source = SourceFile("dsop.yaml", config_text);
  if (!config_text.empty() && !parse_into(config)) return {"config parse error"};
  Document doc;
  doc.kind = *parse_doc_kind(kind);
  doc.source = SourceFile("doc", document);
  if (doc.kind != DocKind::Text && !parse_into(doc)) return {"parse error"};
  if (!config_text.empty()) {
    doc.config = &config;
    doc.reference.env = env;
  }
  return run_on(*catalog->find("TST001"), doc, today);
}

}  // namespace lint::testing
