// Table-driven tests of options added to core kinds: report_missing (date, value-type), only_with (equals-field),
// value-type `any` with values, env-value `host` on values that are not URLs.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind date: report_missing") {
  auto [options, doc, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"{not_passed: true, report_missing: true}", "p:\n  a: 2026-12-01\n", {}},
      {"{not_passed: true, report_missing: true}", "p:\n  b: 1\n", {"1:1 missing"}},
      {"{not_passed: true, report_missing: true}", "p:\n  a:\n", {"2:3 missing"}},
      {"{not_passed: true, report_missing: true}", "p:\n  a: soon\n", {}},  // malformed: value-type's concern
      {"{not_passed: true, report_missing: true}", "p:\n  a: {x: 1}\n", {}},
      {"{not_passed: true, report_missing: true}", "x: 1\n", {}},
      {"{not_passed: true}", "p:\n  b: 1\n", {}},
  }));
  CHECK(run_rule(rule("date", options, "[p.a]"), doc) == expected);
}

TEST_CASE("kind value-type: report_missing") {
  auto [options, doc, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"{type: email, report_missing: true}", "p:\n  a: drift@bank.no\n", {}},
      {"{type: email, report_missing: true}", "p:\n  a: drift.bank.no\n", {"2:6 type"}},
      {"{type: email, report_missing: true}", "p:\n  b: 1\n", {"1:1 missing"}},
      {"{type: email, report_missing: true}", "p:\n  a:\n", {"2:3 missing"}},
      {"{type: email}", "p:\n  b: 1\n", {}},
      {"{type: email}", "p:\n  a:\n", {}},
  }));
  CHECK(run_rule(rule("value-type", options, "[p.a]"), doc) == expected);
}

TEST_CASE("kind value-type: type any compares single values only") {
  const auto r = rule("value-type", "{type: any, values: [RS256, RS384]}", "[a]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"a: RS256\n", {}},
      {"a: RS257\n", {"1:4 value-suggest"}},
      {"a: 5\n", {"1:4 value"}},
      {"a: [RS256]\n", {}},  // a list: the format's rule reports the type
      {"a: {x: 1}\n", {}},
  }));
  CHECK(run_rule(r, doc) == expected);
  CHECK(run_rule(rule("value-type", "{values: [RS256]}", "[a]"), "a: [RS256]\n") == Findings{"1:4 type"});
}

TEST_CASE("kind env-value: compare host leaves values that are not URLs alone") {
  const auto r = rule("env-value", "{compare: host, expected: {test: x.no}}", "[environments.*.u]");
  CHECK(run_rule(r, "environments:\n  test: {u: '${URL}'}\n").empty());
  CHECK(run_rule(r, "environments:\n  test: {u: x.no}\n").empty());
  CHECK(run_rule(r, "environments:\n  test: {u: 'https://y.no/'}\n") == Findings{"2:13 default"});
}

TEST_CASE("kind equals-field: only_with") {
  const auto r = rule("equals-field", "{other: i, report_missing: true, only_with: s}", "[e.*.c]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"i: '1'\ns: {}\ne:\n  t: {c: '1'}\n", {}},
      {"i: '1'\ns: {}\ne:\n  t: {c: '2'}\n", {"4:10 default"}},
      {"i: '1'\ns: {}\ne:\n  t: {x: 1}\n", {"4:3 missing"}},
      {"i: '1'\ne:\n  t: {c: '1'}\n", {"3:10 unexpected"}},  // set without `s`
      {"i: '1'\ne:\n  t: {x: 1}\n", {}},                     // absent without `s`: fine
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind extensions: option errors") {
  auto [r, expected] = GENERATE(table<std::string, std::string>({
      {rule("date", "{not_passed: true, report_missing: 1}", "[a]"), "option 'report_missing' must be true or false"},
      {rule("value-type", "{type: email, report_missing: no}", "[a]"), "option 'report_missing' must be true or false"},
      {rule("equals-field", "{other: i, only_with: [a, b]}", "[a]"), "option 'only_with' must be a single value"},
  }));
  const std::string error = load_error(r);
  INFO(error);
  CHECK(error.find(expected) != std::string::npos);
}
