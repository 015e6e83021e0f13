// Table-driven tests of the kind `hosts-covered`: the hosts of named URLs against a list of host names.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind hosts-covered") {
  const auto r =
      rule("hosts-covered", "{urls: ['environments.{env}.a', 'environments.{env}.b']}", "[environments.*.allow]");
  const std::string env = "environments:\n  test:\n    a: https://x.no/token\n    b: https://api.y.no/v1\n";
  auto [allow, expected] = GENERATE(table<std::string, Findings>({
      {"    allow: [x.no, api.y.no]\n", {}},
      {"    allow: [X.NO, 'https://api.y.no/']\n", {}},        // case and URL form do not count
      {"    allow: ['x.no:443', api.y.no.]\n", {}},            // a port or a trailing dot neither
      {"    allow: [x.no, '*.y.no']\n", {}},                   // a wildcard covers the names below it
      {"    allow: [x.no, '*.api.y.no']\n", {"5:5 default"}},  // ... but not the name itself
      {"    allow: [x.no]\n", {"5:5 default"}},                // at the list's key
      {"    allow: []\n", {"5:5 default"}},                    // two hosts missing: one finding
      {"    allow:\n      - 203.0.113.7\n", {"5:5 default"}},  // addresses are not compared
      {"    other: 1\n", {}},                                  // no allow list: nothing to compare
      {"    allow: x.no\n", {}},                               // not a list: the value-type rule's concern
  }));
  CHECK(run_rule(r, env + allow) == expected);
}

TEST_CASE("kind hosts-covered: values that are not URLs are skipped") {
  const auto r =
      rule("hosts-covered", "{urls: ['environments.{env}.a', 'environments.{env}.b']}", "[environments.*.allow]");
  CHECK(run_rule(r, "environments:\n  test:\n    a: ${TOKEN_URL}\n    allow: []\n").empty());
  CHECK(run_rule(r, "environments:\n  test:\n    a: https://x.no/a\n    b: https://x.no/b\n    allow: []\n") ==
        Findings{"5:5 default"});
}

TEST_CASE("kind hosts-covered: option errors") {
  auto [options, expected] = GENERATE(table<std::string, std::string>({
      {"", "missing option 'urls'"},
      {"{urls: []}", "option 'urls' must not be empty"},
      {"{urls: ['environments.*.a']}",
       "'urls' are paths to single values (with {env}, no '*'), not 'environments.*.a'"},
      {"{urls: [a], url: [b]}", "unknown option 'url' (did you mean 'urls'?)"},
  }));
  const std::string error = load_error(rule("hosts-covered", options, "[l]"));
  INFO(error);
  CHECK(error.find(expected) != std::string::npos);
}
