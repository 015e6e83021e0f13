// Kind template-shape: a template against the schema of the shape it uses (Altinn 3 or Altinn 2).
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"

using lint::testing::load_error;
using lint::testing::rule;
using lint::testing::run_rule;
using Findings = std::vector<std::string>;

namespace {

const std::string kShapes = "{shapes: {template-altinn3: Altinn 3, template-altinn2: Altinn 2}}";
const std::string kA3 =
    "id: '{{id}}'\nfrom: '{{from}}'\nto: x\nvalidTo: '{{valid_to}}'\nredirectUrl: https://bank.no/r\n";
const std::string kRight =
    "consentRights:\n  - action: [consent]\n    resource:\n      - {type: 'urn:altinn:resource', value: r}\n";
const std::string kA2 =
    "CoveredBy: '910000004'\nOfferedBy: '{{o}}'\nOfferedByName: '{{n}}'\nValidTo: '{{v}}'\nRedirectUrl: x\n"
    "RequestResources:\n  - {ServiceCode: '5928', ServiceEditionCode: 202301, Metadata: {}}\n";

}  // namespace

TEST_CASE("kind template-shape") {
  const auto r = rule("template-shape", kShapes);
  auto [doc, expected] = GENERATE_REF(table<std::string, Findings>({
      {kA3 + kRight, {}},
      {kA3 + kRight + "portalViewMode: show\nrequestMessage: {}\n", {}},
      {kA3 + kRight + "portalViewMode: Show\n", {"10:17 value"}},
      {kA3, {"1:1 default"}},  // consentRights missing
      {kA3 + "consentRights: []\n", {"6:16 empty"}},
      {kA3 + "consentRights: {action: x}\n", {"6:16 type"}},
      {kA3 + "consentRights:\n  - action: []\n    resource: [{type: 'urn:altinn:resource', value: r}]\n",
       {"7:13 empty"}},
      {kA3 + "consentRights:\n  - resource: [{type: resource, value: r}]\n", {"7:5 default", "7:23 value"}},
      {kA3 + "consentRights:\n  - action: [consent]\n    resource: [{type: '{{t}}', value: r}]\n", {}},
      {"to: x\n" + kRight, {"1:1 default", "1:1 default", "1:1 default", "1:1 default"}},
      {kA2, {}},
      {kA2 + "PortalViewMode: show\n", {"8:17 value"}},
      {"CoveredBy: '910000004'\nRequestResources:\n  - {ServiceCode: '5928'}\n",
       {"1:1 default", "1:1 default", "1:1 default", "1:1 default", "3:6 default"}},
  }));
  CHECK(run_rule(r, doc, "2026-11-27", "template") == expected);
}

TEST_CASE("kind template-shape: option errors") {
  auto [options, message] = GENERATE(table<std::string, std::string>({
      {"", "'shapes' must map each schema to its name"},
      {"{shapes: {}}", "'shapes' must map each schema to its name"},
      {"{shapes: [template-altinn3]}", "'shapes' must map each schema"},
      {"{shapes: {template-altinn4: Altinn 4}}", "unknown schema 'template-altinn4'"},
  }));
  const std::string error = load_error(rule("template-shape", options));
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
}
