// The gitlab format read back as JSON: GitLab's required fields and severities, and a fingerprint
// that stays when lines move and differs between findings.
#include <catch2/catch.hpp>

#include <set>
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

std::string gitlab(const std::vector<Diagnostic>& diags) {
  std::ostringstream out;
  write_gitlab(out, diags);
  return out.str();
}

Diagnostic finding(std::size_t line, std::string yaml_path) {
  Diagnostic d;
  d.rule_id = std::string("TXT013");
  d.slug = std::string("text-parity");
  d.severity = Severity::Info;
  d.message = std::string("m \"q\"");
  d.location = {std::string("texts/a.md"), {0, 1}, {line, 1}, {line + 1, 1}};
  d.yaml_path = std::move(yaml_path);  // with rule and file, the fingerprint
  return d;
}

}  // namespace

TEST_CASE("gitlab: a sample's findings carry every field GitLab Code Quality requires") {
  const auto catalog = load_catalog(embedded_rule_sources());
  LintOptions o;
  o.today = *parse_date("2026-11-27");
  const std::string dir = std::string(DSOPLINT_SOURCE_DIR) + "/samples/broken/duplicate-keys";
  const auto diags = Engine(*catalog, o).lint({{dir, "", false}});
  REQUIRE(diags.size() >= 3);
  const auto p = parse_json(gitlab(diags));
  REQUIRE(p->yaml.issues.empty());
  const NodeId root = p->doc().root();
  REQUIRE(p->doc().is_sequence(root));
  const auto& issues = p->items(root);
  REQUIRE(issues.size() == diags.size());
  const std::set<std::string> vocabulary{"info", "minor", "major", "critical", "blocker"};
  std::set<std::string> fingerprints;
  for (std::size_t i = 0; i < issues.size(); ++i) {
    const NodeId issue = issues[i];
    CHECK(p->text(issue, {"description"}) == diags[i].message);
    CHECK(p->text(issue, {"check_name"}) == diags[i].rule_id);
    CHECK(vocabulary.count(p->text(issue, {"severity"})) == 1);
    CHECK(p->text(issue, {"location", "path"}) == diags[i].location.path);
    CHECK(p->text(issue, {"location", "lines", "begin"}) == std::to_string(diags[i].location.start.line));
    const std::string fp = p->text(issue, {"fingerprint"});
    CHECK(fp.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(fp == stable_hash(diags[i].fingerprint()));
    fingerprints.insert(fp);
  }
  CHECK(fingerprints.size() == diags.size());
  CHECK(p->text(issues[0], {"severity"}) == "major");  // DSOP002, an error
}

TEST_CASE("gitlab: fingerprints stay when lines move; equal ones get their occurrence") {
  const auto before = parse_json(gitlab({finding(3, ""), finding(8, "consent.text")}));
  const auto after = parse_json(gitlab({finding(5, ""), finding(12, "consent.text")}));
  const auto fp = [](const lint::test::ParsedJson& p, std::size_t i) {
    return p.text(p.items(p.doc().root()).at(i), {"fingerprint"});
  };
  CHECK(fp(*before, 0) == fp(*after, 0));
  CHECK(fp(*before, 1) == fp(*after, 1));
  CHECK(fp(*before, 0) != fp(*before, 1));
  const auto twice = parse_json(gitlab({finding(3, "same"), finding(9, "same")}));
  CHECK(fp(*twice, 0) != fp(*twice, 1));
  CHECK(twice->text(twice->items(twice->doc().root()).at(0), {"severity"}) == "info");
  CHECK(twice->text(twice->items(twice->doc().root()).at(0), {"location", "lines", "end"}) == "3");
}

TEST_CASE("gitlab: no findings is an empty array") { CHECK(gitlab({}) == "[]\n"); }
