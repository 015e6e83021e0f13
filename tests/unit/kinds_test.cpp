// Table-driven tests of the core rule kinds through one compiled rule each.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind required-field") {
  const auto r = rule("required-field", "", "[a.b]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"a:\n  b: 1\n", {}},
      {"a:\n  c: 1\n", {"1:1 default"}},
      {"a:\n  b:\n", {"2:3 empty"}},
      {"a:\n  b: []\n", {"2:6 empty"}},
      {"x: 1\n", {}},  // no parent: nothing to say
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind value-type") {
  auto [options, doc, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"{type: integer}", "a: 5\n", {}},
      {"{type: integer}", "a: '5'\n", {"1:4 type"}},
      {"{type: integer}", "a: 5s\n", {"1:4 type"}},
      {"{type: date}", "a: 2026-02-29\n", {"1:4 type"}},
      {"{type: date}", "a: 2028-02-29\n", {}},
      {"{type: url}", "a: https://x.no/p\n", {}},
      {"{type: url}", "a: x.no/p\n", {"1:4 type"}},
      {"{type: email}", "a: drift@bank.no\n", {}},
      {"{type: email}", "a: drift.bank.no\n", {"1:4 type"}},
      {"{type: list}", "a: x\n", {"1:4 type"}},
      {"{values: [redirect, popup]}", "a: redirekt\n", {"1:4 value-suggest"}},
      {"{values: [redirect, popup]}", "a: fullscreen\n", {"1:4 value"}},
      {"{values: [redirect, popup]}", "a: popup\n", {}},
  }));
  CHECK(run_rule(rule("value-type", options, "[a]"), doc) == expected);
}

TEST_CASE("kind pattern") {
  auto [options, doc, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"{match: '[0-9a-f-]{36}'}", "a: 5b6a3c1e-8f2d-4a7b-9c0e-1d2f3a4b5c6d\n", {}},
      {"{match: '[0-9a-f-]{36}'}", "a: my-client\n", {"1:4 default"}},
      {"{forbid: 'ver2'}", "a: https://ver2.maskinporten.no/\n", {"1:4 forbidden"}},
      {"{forbid: 'VER2', case_sensitive: false}", "a: https://ver2.maskinporten.no/\n", {"1:4 forbidden"}},
  }));
  CHECK(run_rule(rule("pattern", options, "[a]"), doc) == expected);
}

TEST_CASE("kind range") {
  auto [doc, expected] = GENERATE(table<std::string, Findings>(
      {{"a: 1\n", {}}, {"a: 120\n", {}}, {"a: 0\n", {"1:4 below"}}, {"a: 121\n", {"1:4 above"}}, {"a: lots\n", {}}}));
  CHECK(run_rule(rule("range", "{min: 1, max: 120}", "[a]"), doc) == expected);
}

TEST_CASE("kind env-value") {
  const auto r = rule("env-value", "{compare: host, expected: {test: test.maskinporten.no, prod: maskinporten.no}}",
                      "[environments.*.issuer]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"environments:\n  test: {issuer: 'https://test.maskinporten.no/'}\n", {}},
      {"environments:\n  prod: {issuer: 'https://test.maskinporten.no/'}\n", {"2:18 other-env"}},
      {"environments:\n  prod: {issuer: 'https://example.no/'}\n", {"2:18 default"}},
      {"environments:\n  staging: {issuer: 'https://example.no/'}\n", {}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind date") {
  auto [options, doc, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"{not_passed: true}", "a: 2026-11-26\n", {"1:4 passed"}},
      {"{not_passed: true}", "a: 2026-11-27\n", {}},
      {"{not_future: true}", "a: 2026-11-28\n", {"1:4 future"}},
      {"{max_days_ahead: 365}", "a: 2027-11-27\n", {}},
      {"{max_days_ahead: 365}", "a: 2027-11-28\n", {"1:4 too-far"}},
      {"{warn_within_days: 30}", "a: 2026-12-27\n", {"1:4 soon"}},
      {"{warn_within_days: 30}", "a: 2026-12-28\n", {}},
      {"{after: b}", "b: 2026-09-01\na: 2026-08-01\n", {"2:4 order"}},
      {"{not_future: true, after: b}", "b: 2026-09-01\na: 2027-08-01\n", {"2:4 future"}},  // one finding
      {"{not_passed: true}", "a: not a date\n", {}},
  }));
  CHECK(run_rule(rule("date", options, "[a]"), doc) == expected);
}

TEST_CASE("kind checksum") {
  auto [options, doc, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"{algorithm: orgnr-mod11}", "a: '910000004'\n", {}},
      {"{algorithm: orgnr-mod11}", "a: '910000005'\n", {"1:5 default"}},
      {"{algorithm: orgnr-mod11}", "a: 91000000\n", {"1:4 length"}},
      {"{algorithm: orgnr-mod11}", "a: 91000000A\n", {"1:4 length"}},
      {"{algorithm: orgnr-mod11, report: synthetic, synthetic_prefixes: ['2', '3']}",
       "a: '310000000'\n",
       {"1:5 default"}},
      {"{algorithm: orgnr-mod11, report: synthetic, synthetic_prefixes: ['2', '3']}", "a: '310000005'\n", {}},
      {"{algorithm: orgnr-mod11, extract: 'identifier-no:([0-9{}a-z_]+)'}",
       "a: 'urn:altinn:organization:identifier-no:910000005'\n",
       {"1:43 default"}},
      {"{algorithm: orgnr-mod11, extract: 'identifier-no:([0-9{}a-z_]+)'}",
       "a: 'urn:altinn:organization:identifier-no:{{customer}}'\n",
       {}},
  }));
  CHECK(run_rule(rule("checksum", options, "[a]"), doc) == expected);
}

TEST_CASE("kind equals-field") {
  const auto r =
      rule("equals-field", "{other: institution.orgnr, report_missing: true}", "[environments.*.consumer_org]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"institution: {orgnr: '910000004'}\nenvironments:\n  test: {consumer_org: '910000004'}\n", {}},
      {"institution: {orgnr: '910000004'}\nenvironments:\n  test: {consumer_org: '922222223'}\n", {"3:24 default"}},
      {"institution: {orgnr: '910000004'}\nenvironments:\n  test: {x: 1}\n", {"3:3 missing"}},
      {"environments:\n  test: {consumer_org: '922222223'}\n", {}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind schema-required, unknown-field and value-type against the config schema") {
  const std::string base =
      "version: 1\nservice: krav-og-betalinger\ninstitution: {name: B, orgnr: '910000004'}\nenvironments: {}\n";
  CHECK(run_rule(rule("schema-required", "{schema: config}"), base).empty());
  CHECK(run_rule(rule("schema-required", "{schema: config}"), "version: 1\n") ==
        Findings{"1:1 default", "1:1 default", "1:1 default"});
  CHECK(run_rule(rule("unknown-field", "{schema: config}"), base + "servise: x\n") == Findings{"5:1 suggest"});
  CHECK(run_rule(rule("unknown-field", "{schema: config}"), base + "zzz: x\n") == Findings{"5:1 default"});
  CHECK(run_rule(rule("value-type", "{schema: config}"), "version: one\n") == Findings{"1:10 type"});
}

TEST_CASE("rule files: errors name the file, line and column") {
  auto [rule_yaml, expected] = GENERATE(table<std::string, std::string>({
      {rule("no-such-kind", ""), "rule.yaml:9:11: unknown rule kind 'no-such-kind'"},
      {rule("rang", "{min: 1}"), "did you mean 'range'?"},
      {rule("pattern", "{match: '(unclosed'}"), "rule.yaml:10:22: invalid regular expression in 'match'"},
      {rule("range", "{min: 5, max: 1}"), "'min' is greater than 'max'"},
      {rule("range", "{minimum: 5}"), "a range rule needs 'min' or 'max'"},
      {rule("range", "{min: 1, mx: 5}"), "unknown option 'mx' (did you mean 'max'?)"},
      {rule("checksum", "{algorithm: luhn}"), "expected one of: orgnr-mod11"},
      {rule("value-type", "{schema: nope}"), "unknown schema 'nope'"},
      {rule("range", "{min: 1}", "", "severity2: x\n"), "unknown option 'severity2'"},
      {rule("range", "{min: 1}", "", "since: 2026-02-30\n"), "'since' must be a date"},
  }));
  const std::string error = load_error(rule_yaml);
  INFO(error);
  CHECK(error.find(expected) != std::string::npos);
}
