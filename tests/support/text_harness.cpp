// Test harness for consent-text kinds: a config with a `texts:` entry and its documents, one rule run on one text.
#include "text_harness.h"

#include "kind_harness.h"

#include <deque>

#include "lint/kinds/common.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/embedded_rules.h"

namespace lint::testing {

const char* const kTextConfig =
    "version: 1\nservice: krav-og-betalinger\ninstitution:\n  name: Eksempelbanken ASA\n  orgnr: '910000004'\n"
    "environments:\n  test:\n    altinn:\n      valid_days: 90\n";

namespace {

std::unique_ptr<Catalog> catalog_with(const std::string& rule_yaml, const std::string& extra) {
  return load_catalog(sources_with_rule(rule_yaml, extra));
}

std::string where(const Document& doc, std::size_t offset) {
  const Position p = doc.source.position(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

}  // namespace

std::vector<std::string> run_text_rule(const std::string& rule_yaml, const std::map<std::string, std::string>& texts,
                                       const std::string& lang, const std::string& config,
                                       const std::string& extra_rule_file) {
  const auto catalog = catalog_with(rule_yaml, extra_rule_file);
  const Rule* rule = catalog->find("TST001");
  std::deque<Document> docs;
  Document* cfg = nullptr;
  if (!config.empty()) {
    std::string text = config + "texts:\n  consent:\n";
    for (const auto& [l, body] : texts) text += "    " + l + ": consent." + l + ".md\n";
    cfg = &docs.emplace_back();
    cfg->kind = DocKind::Config;
    cfg->source = SourceFile("dsop.yaml", text);
    ParsedYaml parsed = parse_yaml(cfg->source);
    if (parsed.stopped || parsed.documents.empty()) return {"config parse error"};
    cfg->yaml = std::move(parsed.documents.front());
  }
  const Document* target = nullptr;
  for (const auto& [l, body] : texts) {
    Document& d = docs.emplace_back();
    d.kind = DocKind::Text;
    d.source = SourceFile("consent." + l + ".md", body);
    if (cfg) {
      d.config = cfg;
      const NodeId node = lookup_path(*cfg->yaml, "texts.consent." + l);
      d.reference = Reference{l, "", d.source.path(), node};
    }
    if (l == lang) target = &d;
  }
  if (!target) return {"no text in slot " + lang};
  ReferenceIndex references;
  for (const Document& d : docs)
    if (d.config) references.add(d);
  const CheckContext ctx{*target, *parse_date("2026-11-27"), 10 * 1024 * 1024, &references};
  std::vector<Finding> findings;
  rule->check().run(ctx, Target{}, findings);
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    std::string s = where(*target, f.range.begin) + " " + f.variant;
    for (const auto& [doc, range] : f.related) s += " -> " + doc->source.path() + ":" + where(*doc, range.begin);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace lint::testing
