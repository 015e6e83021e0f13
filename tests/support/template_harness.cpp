// Test harness for template rule kinds: the document gets a parsed config and the config's environment.
#include "template_harness.h"

#include "lint/catalog.h"
#include "lint/embedded_rules.h"
#include "lint/linter.h"
#include "lint/selector.h"

namespace lint::testing {

namespace {

std::vector<RuleSource> sources_with(const std::string& rule_yaml) {
  std::vector<RuleSource> sources;
  for (const auto& s : embedded_rule_sources())
    if (s.name.rfind("rules/schema/", 0) == 0 || s.name.rfind("rules/data/", 0) == 0) sources.push_back(s);
  std::string indented;
  for (std::size_t start = 0; start < rule_yaml.size();) {
    const std::size_t end = rule_yaml.find('\n', start);
    indented += (start == 0 ? "  - " : "    ") + rule_yaml.substr(start, end - start) + "\n";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  sources.push_back({"rule.yaml", "rules:\n" + indented});
  return sources;
}

bool parse_into(Document& doc) {
  ParsedYaml parsed = parse_yaml(doc.source);
  if (parsed.stopped || parsed.documents.empty()) return false;
  doc.yaml = std::move(parsed.documents.front());
  return true;
}

}  // namespace

std::vector<std::string> run_with_config(const std::string& rule_yaml, const std::string& document,
                                         const std::string& config_text, const std::string& env,
                                         const std::string& kind, const std::string& today) {
  const auto catalog = Catalog::load(sources_with(rule_yaml));
  const Rule* r = catalog->find("TST001");
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
  const CheckContext ctx{doc, *parse_date(today)};
  std::vector<Target> targets;
  if (!doc.yaml || r->selectors.empty()) targets.push_back(doc.yaml ? select_targets(*doc.yaml, "").front() : Target{});
  for (const auto& s : r->selectors) {
    auto found = select_targets(*doc.yaml, s);
    targets.insert(targets.end(), found.begin(), found.end());
  }
  std::vector<Finding> findings;
  for (const Target& t : targets)
    if (!doc.yaml || condition_holds(*doc.yaml, r->when, t)) r->check->run(ctx, t, findings);
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    const Position p = doc.source.position(f.range.begin);
    out.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + " " + f.variant);
  }
  return out;
}

}  // namespace lint::testing
