// Kind validity: a number of days within limits, or an end date not passed and not too far ahead.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind validity") {
  const auto r = rule("validity", "{min_days: 1, max_days: 90}", "[a]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"a: 90\n", {}},
      {"a: 1\n", {}},
      {"a: 0\n", {"1:4 below"}},
      {"a: 91\n", {"1:4 above"}},
      {"a: ninety\n", {}},      // not a number or date: value-type's concern
      {"a: 2026-11-27\n", {}},  // today
      {"a: 2026-11-26\n", {"1:4 passed"}},
      {"a: 2027-02-25\n", {}},  // 90 days after today
      {"a: 2027-02-26\n", {"1:4 too-far"}},
      {"a: '2027-02-26T00:30:00+01:00'\n", {}},  // its UTC date is 2027-02-25
      {"a: '2027-02-25T23:30:00-01:00'\n", {"1:4 too-far"}},
      {"a: '2026-11-27T00:10:00+02:00'\n", {"1:4 passed"}},
      {"a: '{{valid_to}}'\n", {}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind validity: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"{min_days: 1}", "a validity rule needs 'max_days'"},
      {"{min_days: 9, max_days: 1}", "'min_days' is greater than 'max_days'"},
      {"{max_days: ninety}", "option 'max_days' must be a number"},
      {"{max_days: 90, min_day: 1}", "unknown option 'min_day' (did you mean 'min_days'?)"},
  }));
  const std::string error = load_error(rule("validity", options, "[a]"));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
