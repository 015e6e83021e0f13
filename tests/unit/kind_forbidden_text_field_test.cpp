// Kind forbidden-text-field: a message field must be absent or empty for given resources.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "../support/template_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_with_config;
using Findings = std::vector<std::string>;

namespace {

const std::string kOptions =
    "{resources: ['consentRights.*.resource.*.value', 'RequestResources.*.ServiceCode'], "
    "config_resource: 'environments.{env}.altinn.resource', owners: 'ske-.+|59(?:28|29|30|31)(?:_[0-9]+)?'}";
const std::string kSke = "consentRights:\n  - resource: [{value: ske-samtykke-krav-og-betalinger}]\n";
const std::string kOther = "consentRights:\n  - resource: [{value: annen-ressurs}]\n";
const std::string kPlaceholder = "consentRights:\n  - resource: [{value: '{{resource}}'}]\n";
const std::string kConfig = "environments:\n  test:\n    altinn: {resource: ske-samtykke-krav-og-betalinger}\n";

}  // namespace

TEST_CASE("kind forbidden-text-field") {
  const auto r = rule("forbidden-text-field", kOptions, "[requestMessage, RequestMessage, DelegationContext]");
  auto [doc, config, expected] = GENERATE_REF(table<std::string, std::string, Findings>({
      {kSke + "requestMessage: {nb: Hei}\n", "", {"3:1 default"}},
      {kSke + "requestMessage: {}\n", "", {}},
      {kSke + "requestMessage: {nb: '', en: ''}\n", "", {}},
      {kSke + "requestMessage:\n", "", {}},
      {kSke + "requestMessage: {nb: '{{message}}'}\n", "", {"3:1 default"}},  // a message all the same
      {kOther + "requestMessage: {nb: Hei}\n", "", {}},
      {kPlaceholder + "requestMessage: {nb: Hei}\n", "", {}},                    // resource unknown
      {kPlaceholder + "requestMessage: {nb: Hei}\n", kConfig, {"3:1 default"}},  // the config's resource
      {"RequestResources:\n  - {ServiceCode: '5928'}\nRequestMessage: {no-nb: Hei}\n", "", {"3:1 default"}},
      {"RequestResources:\n  - {ServiceCode: '4628'}\nDelegationContext: Hei\n", "", {}},
      {"RequestResources:\n  - {ServiceCode: '5931'}\nDelegationContext: Hei\n", "", {"3:1 default"}},
  }));
  CHECK(run_with_config(r, doc, config) == expected);
}

TEST_CASE("kind forbidden-text-field: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"{owners: x}", "missing option 'resources'"},
      {"{resources: [a]}", "needs 'owners'"},
      {"{resources: [a], owners: '(x'}", "invalid regular expression in 'owners'"},
  }));
  const std::string error = load_error(rule("forbidden-text-field", options, "[a]"));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
