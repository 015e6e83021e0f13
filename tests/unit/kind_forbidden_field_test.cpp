// Table-driven tests of the kind `forbidden-field`: the selected field must be absent.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind forbidden-field") {
  const auto r = rule("forbidden-field", "", "[g.resource]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"g:\n  alg: RS256\n", {}},
      {"g:\n  resource: https://tt02.altinn.no/\n", {"2:13 default"}},  // at the value
      {"g:\n  resource: ''\n", {"2:13 default"}},                       // an empty text is still set
      {"g:\n  resource:\n", {}},                                        // no value sets nothing
      {"g:\n  resource: [a, b]\n", {"2:3 default"}},                    // a list: at its key
      {"g:\n  resource:\n    x: 1\n", {"2:3 default"}},
      {"x: 1\n", {}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind forbidden-field: option errors") {
  const std::string error = load_error(rule("forbidden-field", "{allow_empty: true}", "[a]"));
  INFO(error);
  CHECK(error.find("unknown option 'allow_empty'") != std::string::npos);
}
