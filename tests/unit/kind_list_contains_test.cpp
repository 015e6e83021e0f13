// Table-driven tests of the kind `list-contains`: one finding per list, near misses at the item, option errors.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind list-contains: required items") {
  const auto r = rule("list-contains", "{required: ['a:b', c.d]}", "[l]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"l: ['a:b', c.d]\n", {}},
      {"l: ['a:b', c.d, other]\n", {}},   // other items are not this rule's concern
      {"l: ['a:b']\n", {"1:1 default"}},  // at the list's key
      {"l:\n  - c.d\n", {"1:1 default"}},
      {"l: []\n", {"1:1 default"}},                             // everything missing: still one finding
      {"l: [c.d, x]\n", {"1:1 default"}},                       // 'x' resembles nothing
      {"l: ['a:c', c.d]\n", {"1:5 suggest"}},                   // a near miss stands for the missing item
      {"l: ['A:B', c.d]\n", {"1:5 suggest"}},                   // letter case
      {"l: ['a:x', 'a:y']\n", {"1:5 suggest", "1:1 default"}},  // one near miss per missing item
      {"x: 1\n", {}},                                           // an absent list: not reported by default
      {"l:\n", {}},
      {"l: text\n", {}},  // not a list: the value-type rule's concern
      {"l: [{a: b}, c.d]\n", {"1:1 default"}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind list-contains: report_missing, known, containment") {
  auto [options, doc, expected] = GENERATE(table<std::string, std::string, Findings>({
      {"{required: [x], report_missing: true}", "y: 1\n", {"1:1 missing"}},
      {"{required: [x], report_missing: true}", "l:\n", {"1:1 missing"}},
      {"{required: [x], report_missing: true}", "l: [x]\n", {}},
      {"{required: ['a:b', 'a:bb'], known: ['a:c']}", "l: ['a:c', 'a:bb']\n", {"1:1 default"}},
      {"{required: ['a:b', 'a:bb']}", "l: ['a:c', 'a:bb']\n", {"1:5 suggest"}},
      {"{required: ['skatteetaten:kravogbetalinger']}", "l: [kravogbetalinger]\n", {"1:5 suggest"}},
      {"{required: ['skatteetaten:kravogbetalinger']}", "l: [krav]\n", {"1:1 default"}},  // too short to stand for it
      {"{required: [{name: 'alpha (or beta)', any_of: [alpha, beta]}]}", "l: [beta]\n", {}},
      {"{required: [{name: 'alpha (or beta)', any_of: [alpha, beta]}]}", "l: [gamma]\n", {"1:1 default"}},
      {"{required: [{name: 'alpha (or beta)', any_of: [alpha, beta]}]}", "l: [bet]\n", {"1:5 suggest"}},
  }));
  CHECK(run_rule(rule("list-contains", options, "[l]"), doc) == expected);
}

TEST_CASE("kind list-contains: compare url") {
  const auto r =
      rule("list-contains", "{compare: url, required: [{name: Feed, any_of: ['https://www.x.no/feed/']}]}", "[l]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"l: ['https://www.x.no/feed/']\n", {}},
      {"l: ['http://X.no/feed']\n", {}},  // scheme, www., case and trailing slash do not count
      {"l: ['https://x.no/feeds']\n", {"1:5 suggest"}},
      {"l: ['https://example.org/']\n", {"1:1 default"}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind list-contains: required items chosen by another value") {
  const auto r = rule("list-contains", "{by: 'environments.{env}.api', required: {a3: [r, w], a2: [r, w, t]}}",
                      "[environments.*.l]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"environments:\n  test: {api: a3, l: [r, w]}\n", {}},
      {"environments:\n  test: {api: a2, l: [r, w]}\n", {"2:19 default"}},
      {"environments:\n  test: {api: a2, l: [r, w, t]}\n  prod: {api: a3, l: [r]}\n", {"3:19 default"}},
      {"environments:\n  test: {api: other, l: []}\n", {}},  // no set for this value: nothing required
      {"environments:\n  test: {l: []}\n", {}},
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind list-contains: option errors") {
  auto [options, expected] = GENERATE(table<std::string, std::string>({
      {"", "missing option 'required'"},
      {"{required: []}", "'required' must be a non-empty list"},
      {"{required: [[a]]}", "an item of 'required' must be a value or a mapping {name, any_of}"},
      {"{required: [{name: x}]}", "missing option 'any_of'"},
      {"{required: [{any_of: [a], nmae: x}]}", "unknown option 'nmae' (did you mean 'name'?)"},
      {"{by: m, required: [a]}", "with 'by', 'required' must map each value found at 'm' to its list of items"},
      {"{by: m, required: {a: []}}", "'required' must be a non-empty list"},
      {"{required: [a], compare: fuzzy}", "option 'compare' is 'fuzzy'; expected one of: exact, url"},
      {"{required: [a], report_missing: maybe}", "option 'report_missing' must be true or false"},
      {"{required: [a], known: [{a: 1}]}", "items of 'known' must be single values"},
      {"{required: [a], requird: [b]}", "unknown option 'requird' (did you mean 'required'?)"},
  }));
  const std::string error = load_error(rule("list-contains", options, "[l]"));
  INFO(error);
  CHECK(error.find(expected) != std::string::npos);
}
