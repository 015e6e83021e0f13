// Test harness for rule kinds: one rule, one in-memory document, findings as "line:col variant".
#include "kind_harness.h"

#include "lint/engine/diagnostics.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/embedded_rules.h"
#include "lint/ruleset/selector.h"

namespace lint::testing {

std::vector<RuleSource> sources_with_rule(const std::string& rule_yaml, const std::string& extra_file) {
  std::vector<RuleSource> sources;
  for (const auto& s : embedded_rule_sources())
    if (s.name.rfind("rules/schema/", 0) == 0 || s.name.rfind("rules/data/", 0) == 0) sources.push_back(s);
  std::string indented;
  std::size_t start = 0;
  while (start < rule_yaml.size()) {
    const std::size_t end = rule_yaml.find('\n', start);
    indented += (start == 0 ? "  - " : "    ") + rule_yaml.substr(start, end - start) + "\n";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  sources.push_back({"rule.yaml", "rules:\n" + indented});
  if (!extra_file.empty()) sources.push_back({"extra.yaml", extra_file});
  return sources;
}

bool parse_into(Document& doc) {
  ParsedYaml parsed = parse_yaml(doc.source);
  if (parsed.stopped || parsed.documents.empty()) return false;
  doc.yaml = std::move(parsed.documents.front());
  return true;
}

std::vector<std::string> run_on(const Rule& r, const Document& doc, const std::string& today) {
  const CheckContext ctx{doc, *parse_date(today)};
  std::vector<Target> targets;
  if (!doc.yaml) targets.push_back({});
  if (doc.yaml && r.selectors.empty()) targets = select_targets(*doc.yaml, "");
  for (const auto& s : r.selectors) {
    auto found = select_targets(*doc.yaml, s);
    targets.insert(targets.end(), found.begin(), found.end());
  }
  std::vector<Finding> findings;
  for (const Target& t : targets)
    if (!doc.yaml || condition_holds(*doc.yaml, r.when, t)) r.check().run(ctx, t, findings);
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    const Position p = doc.source.position(f.range.begin);
    out.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + " " + f.variant);
  }
  return out;
}

std::string rule(const std::string& kind, const std::string& options, const std::string& select,
                 const std::string& extra) {
  std::string r =
      "id: TST001\nslug: test-rule\nseverity: error\nsummary: s\ndescription: d\nsource: good practice\n"
      "applies_to: [config, template, text, yaml]\nkind: " +
      kind + "\n";
  if (!options.empty()) r += "options: " + options + "\n";
  if (!select.empty()) r += "select: " + select + "\n";
  r += "message: {en: m, nb: m}\n" + extra;
  return r;
}

std::string load_error(const std::string& rule_yaml) {
  try {
    load_catalog(sources_with_rule(rule_yaml));
  } catch (const RuleFileErrors& e) {
    return e.what();
  }
  return "";
}

std::vector<std::string> run_rule(const std::string& rule_yaml, const std::string& document, const std::string& today,
                                  const std::string& kind, const std::string& base_dir) {
  const auto catalog = load_catalog(sources_with_rule(rule_yaml));
  Document doc;
  doc.kind = *parse_doc_kind(kind);
  doc.source = SourceFile("doc.yaml", document);
  doc.base_dir = base_dir;
  if (doc.kind != DocKind::Text && !parse_into(doc)) return {"parse error"};
  return run_on(*catalog->find("TST001"), doc, today);
}

}  // namespace lint::testing
