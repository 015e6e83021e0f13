// Kind forbidden-anywhere: no value anywhere in the document contains a pattern.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind forbidden-anywhere") {
  const auto r = rule("forbidden-anywhere",
                      "{forbid: '/ui/AccessConsent/?[^?#\\s]*\\?(?:[^#\\s]*&)?(?:DelegationContext|Resources)=', "
                      "case_sensitive: false}");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"a: https://tt02.altinn.no/ui/AccessConsent/request?id=abc\n", {}},
      {"a: https://tt02.altinn.no/ui/AccessConsent/?Resources=5928_202301\n", {"1:4 default"}},
      {"a:\n  b: [x, 'https://altinn.no/ui/accessconsent/?CoveredBy=1&delegationcontext=Hei']\n", {"2:10 default"}},
      {"https://altinn.no/ui/AccessConsent/?Resources=1: key only\n", {}},  // keys are not values
      {"a: Resources=1 and /ui/AccessConsent/ apart\n", {}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind forbidden-anywhere: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"", "a forbidden-anywhere rule needs 'forbid'"},
      {"{forbid: 'x*'}", "'forbid' must not match an empty value"},
      {"{forbid: '(x'}", "invalid regular expression in 'forbid'"},
      {"{forbid: x, case_sensitive: maybe}", "must be true or false"},
  }));
  const std::string error = load_error(rule("forbidden-anywhere", options));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
