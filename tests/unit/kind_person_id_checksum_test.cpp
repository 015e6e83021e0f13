// Kind person-id-checksum: person identifiers inside values, by their check digits.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

TEST_CASE("kind person-id-checksum") {
  const auto r = rule("person-id-checksum",
                      "{extract: ['urn:altinn:person:identifier-no:([^\\s\"'',]*)', '^([0-9]{11})$']}", "[a]");
  auto [doc, expected] = GENERATE(table<std::string, Findings>({
      {"a: urn:altinn:person:identifier-no:01015012397\n", {}},
      {"a: urn:altinn:person:identifier-no:01015012345\n", {"1:36 default"}},
      {"a: 'urn:altinn:person:identifier-no:01015012345'\n", {"1:37 default"}},
      {"a: urn:altinn:person:identifier-no:0101501239\n", {"1:36 length"}},
      {"a: urn:altinn:person:identifier-no:{{customer_fnr}}\n", {}},
      {"a: urn:altinn:organization:identifier-no:910000004\n", {}},
      {"a: '01015012345'\n", {"1:5 default"}},  // an Altinn 2 party as 11 digits
      {"a: '910000004'\n", {}},                 // an organisation number is not a person
      {"a: '41015012380'\n", {}},               // a D-nummer
      {"a: '01895012382'\n", {}},               // a Test-Norge number (month + 80)
      {"a: '29020012380'\n", {"1:5 date"}},     // check digits hold; 29 February 1900 does not exist
      {"a: '01419012382'\n", {"1:5 date"}},     // check digits hold; month 41 (an old H-nummer)
  }));
  CHECK(run_rule(r, doc) == expected);
}

TEST_CASE("kind person-id-checksum: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"", "missing option 'extract'"},
      {"{extract: 'urn:(x)(y)'}", "exactly one capturing group"},
      {"{extract: 'urn:[0-9]+'}", "exactly one capturing group"},
      {"{extract: '([0-9]*)'}", "not match an empty value"},
      {"{extract: '(['}", "invalid regular expression in 'extract'"},
  }));
  const std::string error = load_error(rule("person-id-checksum", options, "[a]"));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
