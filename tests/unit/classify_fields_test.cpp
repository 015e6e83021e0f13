// Document kinds from content: templates by their recognition keys, or by mostly the fields of a
// template schema that says `recognise_by_fields` (an Altinn 3 template without consentRights).
#include <catch2/catch.hpp>

#include "lint/engine/classify.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

namespace {

lint::DocKind kind_of(const std::string& text) {
  static const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  const lint::SourceFile source("doc.json", text);
  lint::ParsedYaml parsed = lint::parse_yaml(source);
  REQUIRE(!parsed.documents.empty());
  return lint::classify(parsed.documents.front(), lint::DocKind::Yaml, *catalog);
}

}  // namespace

TEST_CASE("classify: templates by their keys, or by the fields of one template shape") {
  using K = lint::DocKind;
  auto [text, expected] = GENERATE(table<std::string, K>({
      {"{\"consentRights\": []}", K::Template},
      {"{\"CoveredBy\": \"910000004\"}", K::Template},
      {"version: 1\nservice: krav-og-betalinger\n", K::Config},
      // Altinn 3 without consentRights: three of its fields and no other key.
      {"{\"from\": \"{{from}}\", \"to\": \"{{to}}\", \"validTo\": \"{{valid_to}}\"}", K::Template},
      {"{\"id\": \"{{id}}\", \"from\": \"{{from}}\", \"to\": \"{{to}}\", \"validTo\": \"x\", \"note\": \"\"}",
       K::Template},
      // Altinn 2 without CoveredBy and RequestResources.
      {"{\"OfferedBy\": \"x\", \"ValidTo\": \"x\", \"RedirectUrl\": \"x\"}", K::Template},
      // Too few fields, or more other keys than fields: not a template.
      {"{\"from\": \"a\", \"to\": \"b\"}", K::Yaml},
      {"from: a\nto: b\nvalidTo: c\nname: d\nsteps: e\nowner: f\n", K::Yaml},
      {"name: build\non: push\njobs: {}\n", K::Yaml},
  }));
  INFO(text);
  CHECK(kind_of(text) == expected);
}

TEST_CASE("schema: recognise_by_fields is a whole number, 1 or more") {
  for (const char* value : {"0", "2.5", "many"}) {
    INFO(value);
    std::vector<lint::RuleSource> sources = {
        {"shape.yaml", std::string("schema: shape\nrecognise_by_fields: ") + value + "\nroot: {type: map}\n"}};
    std::string error;
    try {
      lint::load_catalog(sources);
    } catch (const lint::RuleFileErrors& e) {
      error = e.what();
    }
    CHECK(error.find("shape.yaml:2:") != std::string::npos);
    CHECK(error.find("recognise_by_fields") != std::string::npos);
  }
}
