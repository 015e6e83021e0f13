// Kind secret-reference: a value must be a reference such as ${NAME}; a literal is a secret finding.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind secret-reference") {
  const auto r = rule("secret-reference", "{reference: '\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}'}", "[a.key]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"a:\n  key: ${ALTINN_API_KEY}\n", {}},
      {"a:\n  key: '${ALTINN_API_KEY}'\n", {}},
      {"a:\n  key: 3f1c9a6e0b7d4c2a\n", {"2:8 default"}},
      {"a:\n  key: ${ALTINN API KEY}\n", {"2:8 default"}},
      {"a:\n  key: prefix-${KEY}\n", {"2:8 default"}},
      {"a:\n  key:\n", {}},  // empty: nothing is written down
      {"a:\n  other: x\n", {}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind secret-reference: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"", "a secret-reference rule needs 'reference'"},
      {"{reference: '(\\$'}", "invalid regular expression in 'reference'"},
      {"{refrence: x}", "needs 'reference'"},
  }));
  const std::string error = load_error(rule("secret-reference", options, "[a]"));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
