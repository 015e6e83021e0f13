// Output formats: SARIF 2.1.0 and JSON parse back and carry every field consumers require; text carets.
#include <catch2/catch.hpp>

#include <sstream>

#include "lint/engine/engine.h"
#include "lint/format/format.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/embedded_rules.h"
#include "tests/support/json_reader.h"

using namespace lint;
using lint::test::parse_json;

namespace {

std::vector<Diagnostic> lint_sample(const Catalog& catalog) {
  LintOptions o;
  o.today = *parse_date("2026-11-27");
  const std::string dir = std::string(DSOPLINT_SOURCE_DIR) + "/samples/broken/duplicate-keys";
  return Engine(catalog, o).lint({{dir, "", false}});
}

}  // namespace

TEST_CASE("format: SARIF 2.1.0 has every field GitHub code scanning requires") {
  const auto catalog = load_catalog(embedded_rule_sources());
  const auto diags = lint_sample(*catalog);
  REQUIRE(diags.size() >= 3);
  std::ostringstream out;
  write_sarif(out, diags, *catalog, {"0.1.0", "r", false, false, {}});
  const auto p = parse_json(out.str());
  REQUIRE(p->yaml.issues.empty());
  const NodeId root = p->doc().root();
  CHECK(p->text(root, {"version"}) == "2.1.0");
  CHECK(p->text(root, {"$schema"}) == "https://json.schemastore.org/sarif-2.1.0.json");
  const NodeId run = p->at(root, {"runs", "0"});
  CHECK(p->text(run, {"tool", "driver", "name"}) == "dsoplint");
  CHECK(p->text(run, {"tool", "driver", "informationUri"}).rfind("https://", 0) == 0);
  CHECK(p->text(run, {"columnKind"}) == "unicodeCodePoints");
  const NodeId rules = p->at(run, {"tool", "driver", "rules"});
  const auto& rule_items = p->doc().node(rules).children;
  CHECK(rule_items.size() == catalog->rules().size());
  for (NodeId r : rule_items) {
    for (auto path : {std::initializer_list<std::string>{"id"},
                      {"shortDescription", "text"},
                      {"fullDescription", "text"},
                      {"help", "text"},
                      {"defaultConfiguration", "level"}})
      CHECK_FALSE(p->text(r, path).empty());
  }
  const auto& results = p->doc().node(p->at(run, {"results"})).children;
  REQUIRE(results.size() == diags.size());
  for (std::size_t i = 0; i < results.size(); ++i) {
    const NodeId res = results[i];
    CHECK(p->text(res, {"ruleId"}) == diags[i].rule_id);
    const std::size_t index = std::stoul(p->text(res, {"ruleIndex"}));
    CHECK(p->text(rule_items.at(index), {"id"}) == diags[i].rule_id);
    CHECK(p->text(res, {"message", "text"}) == diags[i].message);
    const NodeId region = p->at(res, {"locations", "0", "physicalLocation", "region"});
    CHECK(p->text(region, {"startLine"}) == std::to_string(diags[i].location.start.line));
    CHECK(p->text(region, {"startColumn"}) == std::to_string(diags[i].location.start.column));
    CHECK_FALSE(p->text(region, {"endLine"}).empty());
    CHECK_FALSE(p->text(region, {"endColumn"}).empty());
    CHECK(p->text(res, {"locations", "0", "physicalLocation", "artifactLocation", "uri"}).find("dsop.yaml") !=
          std::string::npos);
    CHECK_FALSE(p->text(res, {"partialFingerprints", "primaryLocationLineHash"}).empty());
  }
}

TEST_CASE("format: JSON parses back with positions and fingerprints") {
  const auto catalog = load_catalog(embedded_rule_sources());
  const auto diags = lint_sample(*catalog);
  std::ostringstream out;
  write_json(out, diags, {"0.1.0", "r", false, false, {}});
  const auto p = parse_json(out.str());
  REQUIRE(p->yaml.issues.empty());
  const NodeId findings = p->at(p->doc().root(), {"findings"});
  REQUIRE(p->doc().node(findings).children.size() == diags.size());
  const NodeId first = p->doc().node(findings).children[0];
  CHECK(p->text(first, {"ruleId"}) == diags[0].rule_id);
  CHECK(p->text(first, {"start", "line"}) == std::to_string(diags[0].location.start.line));
  CHECK(p->text(first, {"fingerprint"}).size() == 16);
}

TEST_CASE("format: a fingerprint is the rule, the file, and the YAML path or else the source line") {
  Diagnostic d;
  d.rule_id = "TXT013";
  d.location.path = "texts/a.md";
  d.source_line = "Samtykket gjelder i 90 dager.";
  CHECK(d.fingerprint() == "TXT013|texts/a.md|Samtykket gjelder i 90 dager.");
  d.location.start.line = 40;  // a moved line keeps it
  CHECK(d.fingerprint() == "TXT013|texts/a.md|Samtykket gjelder i 90 dager.");
  d.yaml_path = "consent.validity";
  CHECK(d.fingerprint() == "TXT013|texts/a.md|consent.validity");
}

TEST_CASE("format: JSON strings escape control characters and keep UTF-8") {
  Diagnostic d;
  d.rule_id = "X001";
  d.message = "tab\there \"q\" æøå \x01 bad\xFF";
  std::ostringstream out;
  write_json(out, {d}, {"v", "r", false, false, {}});
  CHECK(out.str().find(R"(tab\there \"q\" æøå \u0001 bad\ufffd)") != std::string::npos);
}

TEST_CASE("format: text caret spans the range in characters") {
  Diagnostic d;  // members set by move: GCC 12 -O3 warns falsely (-Wrestrict) on assigning literals here
  d.rule_id = std::string("X001");
  d.slug = std::string("x");
  d.message = std::string("m");
  d.location = {"f.yaml", {0, 0}, {1, 7}, {1, 10}};
  d.source_line = "  navn: Blåbær";
  std::ostringstream out;
  write_text(out, {d}, {"v", "r", false, false, {}});
  CHECK(out.str() ==
        "f.yaml:1:7: error: m [X001 x]\n 1 |   navn: Blåbær\n   |       ^~~\n1 error, 0 warnings, 0 info\n");
}

TEST_CASE("format: SARIF artifact URIs are URI references: spaces and non-ASCII percent-encoded") {
  const auto catalog = load_catalog(embedded_rule_sources());
  Diagnostic d;
  d.rule_id = std::string("DSOP001");
  d.message = std::string("m");
  d.location.path = std::string("Fjord bank/blåbær/dsop#1.yaml");
  std::ostringstream out;
  write_sarif(out, {d}, *catalog, {"0.1.0", "r", false, false, {{"Fjord bank/notes 100%.md", "skipped"}}});
  const auto p = parse_json(out.str());
  REQUIRE(p->yaml.issues.empty());
  const NodeId run = p->at(p->doc().root(), {"runs", "0"});
  CHECK(p->text(run, {"results", "0", "locations", "0", "physicalLocation", "artifactLocation", "uri"}) ==
        "Fjord%20bank/bl%C3%A5b%C3%A6r/dsop%231.yaml");
  CHECK(p->text(run, {"invocations", "0", "toolExecutionNotifications", "0", "locations", "0", "physicalLocation",
                      "artifactLocation", "uri"}) == "Fjord%20bank/notes%20100%25.md");
}
