// Kind template-party: a template's parties against its config's institution and supplier.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/template_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_with_config;
using Findings = std::vector<std::string>;

namespace {

const std::string kParties =
    "{number: '(?:urn:altinn:organization:identifier-no:)?([0-9]{9})', parties: ["
    "{field: to, expected: institution.orgnr, variant: institution}, "
    "{field: CoveredBy, expected: institution.orgnr, variant: institution}, "
    "{field: HandledBy, expected: supplier.orgnr, variant: supplier, required_with: CoveredBy}, "
    "{field: handledBy, forbidden: true, variant: handled-by}]}";
const std::string kBank = "institution: {orgnr: '910000004'}\n";
const std::string kWithSupplier = kBank + "supplier: {orgnr: '926340786'}\n";

}  // namespace

TEST_CASE("kind template-party") {
  const auto r = rule("template-party", kParties);
  auto [doc, config, expected] = GENERATE_REF(table<std::string, std::string, Findings>({
      {"to: urn:altinn:organization:identifier-no:910000004\n", kBank, {}},
      {"to: urn:altinn:organization:identifier-no:922222223\n", kBank, {"1:5 institution"}},
      {"to: urn:altinn:person:identifier-no:01015012397\n", kBank, {"1:5 institution"}},
      {"to: urn:altinn:organization:identifier-no:{{bank}}\n", kBank, {}},
      {"to: urn:altinn:organization:identifier-no:922222223\n", "", {}},  // on its own: nothing to compare
      {"CoveredBy: '910000004'\n", kBank, {}},
      {"CoveredBy: '910000004'\nHandledBy: '926340786'\n", kWithSupplier, {}},
      {"CoveredBy: '910000004'\nHandledBy: '922222223'\n", kWithSupplier, {"2:12 supplier"}},
      {"CoveredBy: '910000004'\n", kWithSupplier, {"1:1 missing"}},
      {"CoveredBy: '910000004'\nHandledBy: '926340786'\n", kBank, {"2:12 unexpected"}},
      {"to: urn:altinn:organization:identifier-no:910000004\n", kWithSupplier, {}},  // Altinn 3: no HandledBy
      {"to: urn:altinn:organization:identifier-no:910000004\nhandledBy: x\n", kWithSupplier, {"2:1 handled-by"}},
      {"handledBy: x\n", "", {"1:1 handled-by"}},
  }));
  CHECK(run_with_config(r, doc, config) == expected);
}

TEST_CASE("kind template-party: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"{parties: []}", "'number' must be a pattern with one capturing group"},
      {"{number: '[0-9]{9}', parties: []}", "one capturing group"},
      {"{number: '([0-9]{9})'}", "'parties' must be a list"},
      {"{number: '([0-9]{9})', parties: [{field: to}]}", "either 'expected' (a config path) or 'forbidden: true'"},
      {"{number: '([0-9]{9})', parties: [{field: to, expected: a, forbidden: true}]}", "either 'expected'"},
      {"{number: '([0-9]{9})', parties: [{field: to, expect: a}]}", "either 'expected'"},
      {"{number: '([0-9]{9})', parties: [to]}", "expected a mapping"},
  }));
  const std::string error = load_error(rule("template-party", options));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
