// One finding per defect (RULES.md): option `leave_to` (a value another rule reports is left to it, in
// env-value and hosts-covered) and kind date's date pairs (a date before a reported date is not reported again).
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "lint/kinds/registry.h"

using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

namespace {

// `rule_yaml` (TST001) run on a config, with `others` (rule mappings, as rule() makes them) loaded
// beside it as extra.yaml, each with its id and slug replaced by `TST00<n>` and `other-<n>`.
Findings run_beside(const std::string& rule_yaml, const std::vector<std::string>& others, const std::string& text) {
  std::string extra = "rules:\n";
  for (std::size_t i = 0; i < others.size(); ++i) {
    std::string r = others[i];
    const std::string n = std::to_string(i + 2);
    r.replace(r.find("TST001"), 6, "TST00" + n);
    r.replace(r.find("test-rule"), 9, "other-" + n);
    std::string indented;
    for (std::size_t at = 0, end; at < r.size(); at = end + 1) {
      end = r.find('\n', at);
      indented += (at == 0 ? "  - " : "    ") + r.substr(at, end - at) + "\n";
    }
    extra += indented;
  }
  const auto catalog = lint::load_catalog(lint::testing::sources_with_rule(rule_yaml, extra));
  lint::Document doc;
  doc.kind = lint::DocKind::Config;
  doc.source = lint::SourceFile("doc.yaml", text);
  REQUIRE(lint::testing::parse_into(doc));
  return lint::testing::run_on(*catalog->find("TST001"), doc, "2026-11-27");
}

const std::string kHostRule =
    rule("env-value", "{compare: host, expected: {test: test.mp.no, prod: mp.no}}", "[environments.*.token]");

}  // namespace

TEST_CASE("option leave_to: hosts-covered does not ask for a host another rule reports as wrong") {
  const auto firewall = rule("hosts-covered",
                             "{urls: ['environments.{env}.token', 'environments.{env}.api'], "
                             "leave_to: [TST002]}",
                             "[environments.*.allow]");
  const std::string prod = "environments:\n  prod:\n    token: https://test.mp.no/token\n    api: https://api.no/v1\n";
  // The test host in prod is TST002's finding: the firewall is not asked to open to it.
  CHECK(run_beside(firewall, {kHostRule}, prod + "    allow: [api.no]\n").empty());
  // A host that is right for the environment is still asked for.
  CHECK(run_beside(firewall, {kHostRule}, prod + "    allow: []\n") == Findings{"5:5 default"});
  const std::string right = "environments:\n  prod:\n    token: https://mp.no/token\n    api: https://api.no/v1\n";
  CHECK(run_beside(firewall, {kHostRule}, right + "    allow: [api.no]\n") == Findings{"5:5 default"});
  // Without leave_to the wrong host is asked for as before.
  const auto plain = rule("hosts-covered", "{urls: ['environments.{env}.token']}", "[environments.*.allow]");
  CHECK(run_beside(plain, {kHostRule}, prod + "    allow: [api.no]\n") == Findings{"5:5 default"});
}

TEST_CASE("option leave_to: the other rule is asked the way the engine runs it") {
  const auto firewall =
      rule("hosts-covered", "{urls: ['environments.{env}.token'], leave_to: [other-2]}", "[environments.*.allow]");
  const std::string prod = "environments:\n  prod:\n    token: https://test.mp.no/token\n    allow: []\n";
  CHECK(run_beside(firewall, {kHostRule}, prod).empty());  // named by its slug
  // A rule that is not active on --today, or whose condition does not hold, reports nothing.
  CHECK(run_beside(firewall, {kHostRule + "since: 2027-01-01\n"}, prod) == Findings{"4:5 default"});
  CHECK(run_beside(firewall, {kHostRule + "when: {exists: [supplier]}\n"}, prod) == Findings{"4:5 default"});
  // A rule the catalog does not have reports nothing either.
  const auto unknown =
      rule("hosts-covered", "{urls: ['environments.{env}.token'], leave_to: [NOPE001]}", "[environments.*.allow]");
  CHECK(run_beside(unknown, {kHostRule}, prod) == Findings{"4:5 default"});
}

TEST_CASE("option leave_to: env-value leaves a value another rule reports to it") {
  const auto api = rule("env-value", "{compare: host, expected: {test: api-test.no, prod: api.no}, leave_to: [TST002]}",
                        "[environments.*.url]");
  const auto legacy = rule("pattern", "{forbid: '^https://old\\.no/'}", "[environments.*.url]");
  CHECK(run_beside(api, {legacy}, "environments:\n  prod:\n    url: https://old.no/api/v1\n").empty());
  CHECK(run_beside(api, {legacy}, "environments:\n  prod:\n    url: https://api-test.no/v1\n") ==
        Findings{"3:10 other-env"});
}

TEST_CASE("option leave_to: rules that leave values to each other do not ask each other in a circle") {
  const auto a =
      rule("env-value", "{compare: host, expected: {prod: a.no}, leave_to: [TST002]}", "[environments.*.url]");
  const auto b =
      rule("env-value", "{compare: host, expected: {prod: b.no}, leave_to: [TST001]}", "[environments.*.url]");
  // TST002 reports x.no (it is not b.no), so TST001 leaves it; asking TST002 does not ask TST001 back.
  CHECK(run_beside(a, {b}, "environments:\n  prod:\n    url: https://x.no/\n").empty());
  CHECK(run_beside(a, {b}, "environments:\n  prod:\n    url: https://b.no/\n") == Findings{"3:10 default"});
}

TEST_CASE("kind date: a date pair is one finding") {
  const auto pair = rule("date", "{not_future: true, after: b}", "[a, b]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      // b in the future, a before it: one defect, reported at b only.
      {"b: 2026-12-10\na: 2026-10-01\n", {"1:4 future"}},
      {"b: 2026-12-10\na: 2026-12-01\n", {"1:4 future"}},  // a is in the future too, but before b
      // b in the past, a before it: the order, at a.
      {"b: 2026-10-15\na: 2026-10-01\n", {"2:4 order"}},
      // both in the future and in order: two dates, each a defect of its own.
      {"b: 2026-12-01\na: 2026-12-10\n", {"2:4 future", "1:4 future"}},  // in selector order
      {"b: 2026-10-01\na: 2026-12-10\n", {"2:4 future"}},
  }));
  INFO(doc);
  CHECK(run_rule(pair, doc) == expected);
}
