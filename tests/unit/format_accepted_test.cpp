// Accepted findings in every format: text counts them, JSON and SARIF mark them (suppression or
// baseline), GitHub, JUnit and GitLab leave them out.
#include <catch2/catch.hpp>

#include <sstream>

#include "lint/format/format.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"
#include "tests/support/json_reader.h"

using namespace lint;
using lint::test::parse_json;

namespace {

Diagnostic finding(const std::string& rule, std::size_t line, AcceptedBy by, const std::string& why,
                   const std::string& until = "") {
  Diagnostic d;  // members set by move: GCC 12 -O3 warns falsely (-Wrestrict) on assigning literals here
  d.rule_id = std::string(rule);
  d.slug = std::string("client-id");
  d.severity = Severity::Error;
  d.message = std::string("m");
  d.location = {std::string("dsop.yaml"), {0, 1}, {line, 1}, {line, 2}};
  d.source_line = std::string("x");
  d.yaml_path = "clients." + std::to_string(line);
  d.accepted = Acceptance{by, why, until};
  return d;
}

const std::vector<Diagnostic>& three() {
  static const std::vector<Diagnostic> diags = {
      finding("MP010", 1, AcceptedBy::None, ""),
      finding("MP010", 2, AcceptedBy::Suppression, "the test client predates UUIDs", "2027-06-30"),
      finding("MP010", 3, AcceptedBy::Baseline, "in the baseline"),
  };
  return diags;
}

const OutputInfo kInfo{"v", "r", false, false, {}};

}  // namespace

TEST_CASE("accepted findings: text prints only open ones and counts the accepted") {
  std::ostringstream out;
  write_text(out, three(), kInfo);
  CHECK(out.str() ==
        "dsop.yaml:1:1: error: m [MP010 client-id]\n 1 | x\n   | ^\n"
        "1 error, 0 warnings, 0 info; 1 suppressed, 1 in the baseline\n");
  std::ostringstream none;
  write_text(none, {three()[1]}, kInfo);
  CHECK(none.str() == "no problems found (1 suppressed)\n");
}

TEST_CASE("accepted findings: JSON marks them with their kind and justification") {
  std::ostringstream out;
  write_json(out, three(), kInfo);
  const auto p = parse_json(out.str());
  REQUIRE(p->yaml.issues.empty());
  const auto& items = p->doc().node(p->at(p->doc().root(), {"findings"})).children;
  REQUIRE(items.size() == 3);
  CHECK(p->at(items[0], {"suppressed"}) == kNoNode);
  CHECK(p->text(items[1], {"suppressed", "kind"}) == "inSource");
  CHECK(p->text(items[1], {"suppressed", "justification"}) == "the test client predates UUIDs");
  CHECK(p->text(items[1], {"suppressed", "until"}) == "2027-06-30");
  CHECK(p->text(items[2], {"suppressed", "kind"}) == "baseline");
}

TEST_CASE("accepted findings: SARIF results keep them with suppressions (§3.34)") {
  const auto catalog = load_catalog(embedded_rule_sources());
  std::ostringstream out;
  write_sarif(out, three(), *catalog, kInfo);
  const auto p = parse_json(out.str());
  REQUIRE(p->yaml.issues.empty());
  const auto& results = p->doc().node(p->at(p->doc().root(), {"runs", "0", "results"})).children;
  REQUIRE(results.size() == 3);
  CHECK(p->at(results[0], {"suppressions"}) == kNoNode);
  CHECK(p->text(results[1], {"suppressions", "0", "kind"}) == "inSource");
  CHECK(p->text(results[1], {"suppressions", "0", "justification"}) == "the test client predates UUIDs");
  CHECK(p->text(results[1], {"suppressions", "0", "properties", "until"}) == "2027-06-30");
  CHECK(p->text(results[2], {"suppressions", "0", "kind"}) == "external");
}

TEST_CASE("accepted findings: GitHub, JUnit and GitLab report only the open one") {
  std::ostringstream github, junit, gitlab;
  write_github_commands(github, three(), kInfo, false);
  write_junit(junit, three(), kInfo);
  write_gitlab(gitlab, three());
  CHECK(github.str() == "::error file=dsop.yaml,line=1,col=1,endLine=1,endColumn=2,title=MP010 client-id::m\n");
  CHECK(junit.str().find("tests=\"1\" failures=\"1\"") != std::string::npos);
  const auto p = parse_json(gitlab.str());
  REQUIRE(p->yaml.issues.empty());
  CHECK(p->doc().node(p->doc().root()).children.size() == 1);
}
