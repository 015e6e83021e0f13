// Kind list-requires: a list holds the items each value found elsewhere needs, reported once per list.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

namespace {

const std::string kOptions =
    "{always: ['På vegne av'], by: 'environments.*.api', required: {a3: [read, write], a2: ['Tilgang til samtykke']}, "
    "report_missing: true}";

}  // namespace

TEST_CASE("kind list-requires") {
  const auto r = rule("list-requires", kOptions, "[supplier.delegations]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"supplier:\n  delegations: [På vegne av, read, write]\nenvironments: {test: {api: a3}}\n", {}},
      {"supplier:\n  delegations: [på  vegne AV, READ, write]\nenvironments: {test: {api: a3}}\n", {}},
      {"supplier:\n  delegations: [read]\nenvironments: {test: {api: a3}}\n", {"2:3 default"}},
      {"supplier:\n  delegations: [På vegne av, read, write]\nenvironments: {test: {api: a3}, prod: {api: a2}}\n",
       {"2:3 default"}},
      {"supplier:\n  delegations: [På vegne av]\nenvironments: {test: {api: a4}}\n", {}},
      {"supplier:\n  name: x\nenvironments: {test: {api: a2}}\n", {"1:1 missing"}},
      {"supplier:\n  delegations: På vegne av\n", {}},  // not a list: value-type's concern
      {"environments: {test: {api: a3}}\n", {}},        // no supplier
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind list-requires: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"", "a list-requires rule needs 'always' or 'required'"},
      {"{required: {a: [b]}}", "'required' needs 'by'"},
      {"{by: x, required: [a]}", "'required' needs 'by' and must map"},
      {"{by: x, required: {a: []}}", "must not be empty"},
      {"{always: [a], report_missing: yes}", "must be true or false"},
  }));
  const std::string error = load_error(rule("list-requires", options, "[a]"));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
