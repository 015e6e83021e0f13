// Document kinds: config file names, and templates recognised by the keys their schemas name (`recognise_by`).
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "lint/engine/classify.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

using lint::DocKind;

namespace {

// The kind classify() gives `yaml_text` (a document that did not say what it is) with `catalog`.
DocKind kind_of(const std::string& yaml_text, const lint::Catalog& catalog) {
  lint::Document doc;
  doc.source = lint::SourceFile("doc.json", yaml_text);
  REQUIRE(lint::testing::parse_into(doc));
  return lint::classify(*doc.yaml, DocKind::Yaml, catalog);
}

const std::string kRule = lint::testing::rule("required-field", "", "[a]");

// The error loading the built-in schemas and data, a test rule and `schema_file` gives, or "".
std::string schema_error(const std::string& schema_file) {
  try {
    lint::load_catalog(lint::testing::sources_with_rule(kRule, schema_file));
  } catch (const lint::RuleFileErrors& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("classify: config file names") {
  for (const char* path : {"dsop.yaml", "dsop.yml", ".dsop.yaml", "bank/dsop.yaml"}) {
    INFO(path);
    CHECK(lint::kind_from_name(path) == DocKind::Config);
  }
  CHECK(lint::kind_from_name("dsop.json") == DocKind::Yaml);
  CHECK(lint::kind_from_name("samtykke.nb.md") == DocKind::Text);
}

TEST_CASE("classify: the built-in template schemas recognise Altinn 3 and Altinn 2 templates") {
  const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  auto [text, kind] = GENERATE(table<std::string, DocKind>({
      {"{\"consentRights\": []}", DocKind::Template},
      {"{\"CoveredBy\": \"910000004\"}", DocKind::Template},
      {"{\"RequestResources\": []}", DocKind::Template},
      {"{\"coveredBy\": \"910000004\"}", DocKind::Template},
      {"{\"requestResources\": []}", DocKind::Template},
      {"{\"from\": \"x\", \"to\": \"y\"}", DocKind::Yaml},  // keys both shapes have do not tell
      {"version: 1\nservice: krav-og-betalinger\n", DocKind::Config},
      {"- consentRights\n", DocKind::Yaml},  // not a mapping
  }));
  INFO(text);
  CHECK(kind_of(text, *catalog) == kind);
}

TEST_CASE("classify: a template schema of one's own is recognised by its keys") {
  const std::string schema = "schema: template-test\nrecognise_by: [testRequest]\nroot: {type: map}\n";
  const auto catalog = lint::load_catalog(lint::testing::sources_with_rule(kRule, schema));
  CHECK(kind_of("testRequest: {}\n", *catalog) == DocKind::Template);
  CHECK(kind_of("otherRequest: {}\n", *catalog) == DocKind::Yaml);
}

TEST_CASE("schema: recognise_by is required of template schemas and only allowed there") {
  auto [file, message] = GENERATE(table<std::string, std::string>({
      {"schema: template-test\nroot: {type: map}\n", "extra.yaml:1:1: missing option 'recognise_by'"},
      {"schema: template-test\nrecognise_by: []\nroot: {type: map}\n",
       "extra.yaml:2:15: option 'recognise_by' must not be empty"},
      {"schema: template-test\nrecognise_by: ['']\nroot: {type: map}\n",
       "the keys of 'recognise_by' must not be empty"},
      {"schema: template-test\nrecognise_by: [a]\nroot: {type: list}\n",
       "extra.yaml:3:7: a template schema's root must be a map"},
      {"schema: other\nrecognise_by: [a]\nroot: {type: map}\n",
       "extra.yaml:2:15: only a template schema (template-*) has 'recognise_by'"},
  }));
  const std::string error = schema_error(file);
  INFO(error);
  CHECK(error.find(message) != std::string::npos);
  CHECK(schema_error("schema: template-test\nrecognise_by: [a]\nroot: {type: map}\n").empty());
}
