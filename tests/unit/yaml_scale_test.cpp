// Large inputs through the engine: wide mappings, long lines and deep nesting get the same findings, at
// the same places, as small inputs do (their time is measured by tests/bench/scale.sh, not here).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>

#include "lint/engine/engine.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

using namespace lint;

namespace {

std::vector<Diagnostic> lint_text(const std::string& name, const std::string& text) {
  static const auto catalog = load_catalog(embedded_rule_sources());
  LintOptions options;
  options.today = *parse_date("2026-11-27");
  return Engine(*catalog, options).lint({{name, text, true}});
}

std::string at(const Position& p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

// "RULE line:col" for a finding, so one check shows both what and where.
std::string where(const Diagnostic& d) { return d.rule_id + " " + at(d.location.start); }

// `keys` lines "k000000: v00000" (16 bytes each); the key at index `repeat_at` repeats key `repeated`.
std::string wide_mapping(std::size_t keys, std::size_t repeat_at, std::size_t repeated) {
  std::string text;
  text.reserve(keys * 16);
  char line[32];
  for (std::size_t i = 0; i < keys; ++i) {
    std::snprintf(line, sizeof line, "k%06zu: v%05zu\n", i == repeat_at ? repeated : i, i % 100000);
    text += line;
  }
  return text;
}

// One JSON value of a kind chosen by `i`: number, string, boolean, null, array or object.
std::string json_value(std::size_t i) {
  const std::string n = std::to_string(i);
  switch (i % 6) {
    case 0:
      return n;
    case 1:
      return "\"text " + n + " with \\\"escapes\\\" and æøå\"";
    case 2:
      return i % 4 == 0 ? "true" : "false";
    case 3:
      return "null";
    case 4:
      return "[" + n + ", -1.5e3, \"x\"]";
    default:
      return "{\"n\": " + n + ", \"ok\": true}";
  }
}

// How many UTF-8 characters the text has before `offset`: its bytes that do not continue a character.
std::size_t characters_before(const std::string& text, std::size_t offset) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset),
                                                [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// `nesting` block mappings, each one space deeper than the one above ("a:" on every line), holding
// the lines of `innermost`.
std::string deep_mappings(std::size_t nesting, const std::string& innermost) {
  std::string text;
  for (std::size_t d = 0; d < nesting; ++d) text.append(d, ' ').append("a:\n");
  std::istringstream lines(innermost);
  for (std::string line; std::getline(lines, line);) text.append(nesting, ' ').append(line).append("\n");
  return text;
}

}  // namespace

TEST_CASE("yaml scale: a 100,000-key mapping with one repeated key gives exactly that DSOP002") {
  const std::string text = wide_mapping(100000, 99999, 50000);
  REQUIRE(text.size() == 1600000);
  const auto diags = lint_text("wide.yaml", text);
  REQUIRE(diags.size() == 1);
  CHECK(where(diags[0]) == "DSOP002 100000:1");
  CHECK(at(diags[0].location.end) == "100000:8");
  CHECK(diags[0].message.find("'k050000' (first at line 50001)") != std::string::npos);
  REQUIRE(diags[0].related.size() == 1);
  CHECK(at(diags[0].related[0].location.start) == "50001:1");
}

TEST_CASE("yaml scale: a 100,000-key mapping without repeats has no finding, and a last key without ':' is DSOP001") {
  const std::string text = wide_mapping(100000, SIZE_MAX, 0);
  CHECK(lint_text("wide.yaml", text).empty());
  const auto diags = lint_text("wide.yaml", text + "k100000\n");
  REQUIRE(diags.size() == 1);
  CHECK(where(diags[0]) == "DSOP001 100001:1");
  CHECK(diags[0].message.find("a mapping key needs ':' after it") != std::string::npos);
}

TEST_CASE("yaml scale: a 10 MB single-line JSON object with one repeated key gives exactly that DSOP002") {
  std::string text = "{";
  std::size_t first = 0, repeat = 0;
  for (std::size_t i = 0; text.size() < 10000000; ++i) {
    if (i > 0) text += ", ";
    if (i == 1000) first = text.size();
    if (text.size() > 9990000 && repeat == 0) {
      repeat = text.size();
      text += "\"key0001000\": " + json_value(i);
      continue;
    }
    char key[32];
    std::snprintf(key, sizeof key, "\"key%07zu\": ", i);
    text += key + json_value(i);
  }
  text += "}\n";
  REQUIRE(text.size() > 10000000);
  REQUIRE(text.find('\n') == text.size() - 1);
  const auto diags = lint_text("big.json", text);
  REQUIRE(diags.size() == 1);
  CHECK(where(diags[0]) == "DSOP002 1:" + std::to_string(characters_before(text, repeat) + 1));
  REQUIRE(diags[0].related.size() == 1);
  CHECK(at(diags[0].related[0].location.start) == "1:" + std::to_string(characters_before(text, first) + 1));
}

TEST_CASE("yaml scale: 2000 secrets on one minified line are each reported and masked and share one copy of the line") {
  std::string text = "{\"consentRights\": []";
  for (std::size_t i = 0; i < 2000; ++i) text += ", \"h" + std::to_string(i) + "\": \"Bearer Zq8hemmelig" + std::to_string(i) + "\"";
  text += "}\n";
  const auto diags = lint_text("minified.json", text);
  const auto secrets = std::count_if(diags.begin(), diags.end(), [](const Diagnostic& d) { return d.rule_id == "SEC001"; });
  CHECK(secrets == 2000);
  REQUIRE(!diags.empty());
  const std::string& line = diags.front().source_line.text();
  CHECK(line.find("hemmelig") == std::string::npos);
  CHECK(line.size() == text.size() - 1);  // masked character for character: the same length
  for (const Diagnostic& d : diags) {
    INFO(where(d) << " " << d.message);
    CHECK(&d.source_line.text() == &line);  // one copy of the line, not one per finding
    CHECK(d.message.find("hemmelig") == std::string::npos);
  }
}

TEST_CASE("yaml scale: a long line of tagged, anchored and aliased flow scalars keeps its positions") {
  std::string text = "{";
  for (std::size_t i = 0; i < 50000; ++i) {
    const std::string n = std::to_string(i);
    text.append("k").append(n).append(": !!str &a").append(n).append(" v, ");
  }
  const std::size_t repeat = text.size();
  text += "k7: *a7}   # the last key repeats k7\n";
  const auto diags = lint_text("tags.yaml", text);
  REQUIRE(diags.size() == 1);
  CHECK(where(diags[0]) == "DSOP002 1:" + std::to_string(repeat + 1));
  REQUIRE(diags[0].related.size() == 1);
  CHECK(at(diags[0].related[0].location.start) == "1:" + std::to_string(text.find("k7:") + 1));
}

TEST_CASE("yaml scale: 5,000-deep block nesting stops with DSOP009 at the deepest collection the parser opened") {
  SECTION("sequences on one line") {
    std::string text;
    for (int d = 0; d < 5000; ++d) text += "- ";
    const auto diags = lint_text("deep.yaml", text + "x\n");
    REQUIRE(diags.size() == 1);
    CHECK(where(diags[0]) == "DSOP009 1:997");  // the 499th '-'
    CHECK(diags[0].message.find("nesting is deeper than") != std::string::npos);
  }
  SECTION("mappings, one space deeper per line") {
    const auto diags = lint_text("deep.yaml", deep_mappings(5000, "x: 1\n"));
    REQUIRE(diags.size() == 1);
    CHECK(where(diags[0]) == "DSOP009 499:499");  // the 499th "a:"
    CHECK(diags[0].message.find("nesting is deeper than") != std::string::npos);
  }
}

TEST_CASE("yaml scale: 450-deep block nesting is checked to its innermost mapping") {
  const auto repeated = lint_text("deep.yaml", deep_mappings(450, "x: 1\ny: 2\nx: 3\n"));
  REQUIRE(repeated.size() == 1);
  CHECK(where(repeated[0]) == "DSOP002 453:451");
  // "c" is one space less indented than the innermost mapping: a key of the mapping above, without ':'.
  const auto no_colon =
      lint_text("deep.yaml", deep_mappings(450, "x: [a, b]\ny: {c: d}\n") + std::string(449, ' ') + "c\n");
  REQUIRE(no_colon.size() == 1);
  CHECK(where(no_colon[0]) == "DSOP001 453:450");
  CHECK(no_colon[0].message.find("a mapping key needs ':' after it") != std::string::npos);
}
