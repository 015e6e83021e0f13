// The junit format read back as XML: one suite per file with findings, one failing case per
// finding, counts that add up, and any message text (markup, control characters, bad UTF-8) safe.
#include <catch2/catch.hpp>

#include <sstream>

#include "lint/engine/engine.h"
#include "lint/format/escape.h"
#include "lint/format/format.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/embedded_rules.h"
#include "tests/support/xml_reader.h"

using namespace lint;
using lint::test::parse_xml;
using lint::test::XmlElement;

namespace {

std::string junit(const std::vector<Diagnostic>& diags) {
  std::ostringstream out;
  write_junit(out, diags, {"0.1.0", "r", false, false, {{"README.md", "skipped"}}});
  return out.str();
}

Diagnostic finding(std::string path, std::size_t line, std::string message) {
  Diagnostic d;
  d.rule_id = std::string("TXT012");
  d.slug = std::string("text-valid-days");
  d.severity = Severity::Warning;
  d.message = std::move(message);
  d.location = {std::move(path), {0, 1}, {line, 5}, {line, 9}};
  return d;
}

}  // namespace

TEST_CASE("junit: the XML reader rejects what XML parsers reject") {
  CHECK_NOTHROW(parse_xml("<?xml version=\"1.0\"?>\n<a x='1'><b/>t &amp; &#10;</a>\n"));
  for (const char* bad : {"<a>", "<a></b>", "<a x=1/>", "<a x='1' x='2'/>", "<a>&nbsp;</a>", "<a>\x01</a>",
                          "<a>\xFF</a>", "<a x='<'/>", "<a/><b/>", "<a>&#0;</a>", "<a x='1'y='2'/>"})
    CHECK_THROWS(parse_xml(bad));
}

TEST_CASE("junit: a sample's findings parse back as suites and failing cases") {
  const auto catalog = load_catalog(embedded_rule_sources());
  LintOptions o;
  o.today = *parse_date("2026-11-27");
  const std::string dir = std::string(DSOPLINT_SOURCE_DIR) + "/samples/broken/bad-identifiers";
  const auto diags = Engine(*catalog, o).lint({{dir, "", false}});
  REQUIRE(diags.size() >= 3);
  const XmlElement root = parse_xml(junit(diags));
  CHECK(root.name == "testsuites");
  CHECK(root.attr("tests") == std::to_string(diags.size()));
  CHECK(root.attr("failures") == std::to_string(diags.size()));
  std::size_t seen = 0;
  for (const XmlElement* suite : root.all("testsuite")) {
    const auto cases = suite->all("testcase");
    CHECK(suite->attr("tests") == std::to_string(cases.size()));
    CHECK(suite->attr("failures") == std::to_string(cases.size()));
    for (const XmlElement* c : cases) {
      const Diagnostic& d = diags.at(seen++);  // the report's order, grouped by file
      CHECK(suite->attr("name") == d.location.path);
      CHECK(c->attr("classname") == d.rule_id);
      CHECK(c->attr("name") ==
            d.slug + " " + std::to_string(d.location.start.line) + ":" + std::to_string(d.location.start.column));
      CHECK(c->attr("line") == std::to_string(d.location.start.line));
      REQUIRE(c->all("failure").size() == 1);
      CHECK(c->all("failure")[0]->attr("message") == d.message);
      CHECK(c->all("failure")[0]->attr("type") == severity_name(d.severity));
    }
  }
  CHECK(seen == diags.size());
  CHECK(root.all("testsuite").size() == 3);  // dsop.yaml and both request templates have findings
}

TEST_CASE("junit: markup and line breaks survive, characters XML cannot hold become U+FFFD") {
  const std::string message = "<b>&\"quoted\"</b> 'x'\nline two\ttab \x01 \x1B[1m \xC2\x85 bad\xFF";
  const XmlElement root = parse_xml(junit({finding("texts/a&b <1>.md", 3, message)}));
  const XmlElement& suite = *root.all("testsuite").at(0);
  CHECK(suite.attr("name") == "texts/a&b <1>.md");
  const XmlElement& failure = *suite.all("testcase").at(0)->all("failure").at(0);
  const std::string expected = "<b>&\"quoted\"</b> 'x'\nline two\ttab \uFFFD \uFFFD[1m \uFFFD bad\uFFFD";
  CHECK(failure.attr("message") == expected);
  CHECK(failure.text == "texts/a&b <1>.md:3:5: warning: " + expected + " [TXT012 text-valid-days]");
  CHECK(xml_escape("a\x7F") == "a\uFFFD");
}

TEST_CASE("junit: no findings is an empty, valid report") {
  const XmlElement root = parse_xml(junit({}));
  CHECK(root.attr("tests") == "0");
  CHECK(root.children.empty());
}
