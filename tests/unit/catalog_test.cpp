// Catalog loading with errors as values: every file and rule is checked, errors come in file order.
#include <catch2/catch.hpp>

#include <filesystem>

#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/embedded_rules.h"
#include "lint/ruleset/rule_sources.h"

namespace {

using lint::Catalog;
using lint::RuleSource;
using Lines = std::vector<std::string>;

// A rule mapping as an item of a `rules:` list, with every required key.
std::string rule_item(const std::string& id, const std::string& slug, const std::string& kind_and_options) {
  return "  - id: " + id + "\n    slug: " + slug +
         "\n    severity: warning\n    summary: s\n    description: d\n    source: good practice\n"
         "    applies_to: [config]\n    select: [a]\n    message: {en: m, nb: m}\n" +
         kind_and_options;
}

// The built-in schemas and data tables followed by `extra`.
std::vector<RuleSource> pack_with(const std::vector<RuleSource>& extra) {
  std::vector<RuleSource> out;
  for (const auto& s : lint::embedded_rule_sources())
    if (s.name.rfind("rules/schema/", 0) == 0 || s.name.rfind("rules/data/", 0) == 0) out.push_back(s);
  out.insert(out.end(), extra.begin(), extra.end());
  return out;
}

Lines error_lines(const lint::LoadedCatalog& loaded) {
  Lines out;
  for (const auto& e : loaded.errors) out.push_back(e.what());
  return out;
}

lint::LoadedCatalog load(const std::vector<RuleSource>& extra) {
  return Catalog::load(pack_with(extra), lint::kinds());
}

const std::string kRules = "rules:\n" +                                                // line 1
                           rule_item("BNK001", "one", "    kind: paterns\n") +         // lines 2-11, kind at 11
                           rule_item("BNK002", "two", "    kind: required-field\n") +  // lines 12-21
                           rule_item("BNK003", "three", "    kind: range\n    options: {min: 1, mx: 5}\n");  // 22-32
const std::string kSyntax = "rules:\n  - id: BNK004\n    message: {en: m\n";
const std::string kSchema = "# a second config schema\nschema: config\nroot: {type: map}\n";

}  // namespace

TEST_CASE("catalog: every broken rule and file is reported; the rest loads") {
  const auto loaded = load({{"a.yaml", kRules}, {"b.yaml", kSyntax}, {"c.yaml", kSchema}});
  CHECK(error_lines(loaded) == Lines{
                                   "a.yaml:11:11: unknown rule kind 'paterns' (did you mean 'pattern'?)",
                                   "a.yaml:32:23: unknown option 'mx' (did you mean 'max'?)",
                                   "b.yaml:4:1: end of map flow not found",
                                   "c.yaml:2:9: schema 'config' is already defined at rules/schema/config.yaml:3:9",
                               });
  REQUIRE(loaded.catalog);
  CHECK(loaded.catalog->find("BNK002"));
  CHECK_FALSE(loaded.catalog->find("BNK001"));
  CHECK_FALSE(loaded.catalog->find("BNK003"));
  // The first config schema stays the one rules get.
  REQUIRE(loaded.catalog->schema("config"));
  CHECK(loaded.catalog->schema("config")->file == "rules/schema/config.yaml");
}

TEST_CASE("catalog: errors come in the order of the sources, then by position") {
  // b.yaml's syntax error is found while parsing, before any rule of a.yaml is compiled; a.yaml
  // still comes first because it is given first.
  const auto loaded = load({{"z.yaml", kRules}, {"b.yaml", kSyntax}});
  const Lines lines = error_lines(loaded);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].rfind("z.yaml:11:11:", 0) == 0);
  CHECK(lines[1].rfind("z.yaml:32:23:", 0) == 0);
  CHECK(lines[2].rfind("b.yaml:4:1:", 0) == 0);
}

TEST_CASE("catalog: a file that is not one YAML mapping stops there, with every parse issue") {
  const auto loaded = load(
      {{"dup.yaml", "rules: []\nrules: []\nschema: x\nschema: y\n"}, {"list.yaml", "- a\n- b\n"}, {"empty.yaml", ""}});
  CHECK(error_lines(loaded) == Lines{
                                   "dup.yaml:2:1: duplicate key 'rules'",
                                   "dup.yaml:4:1: duplicate key 'schema'",
                                   "list.yaml:1:1: a rule file must be a mapping with 'rules', 'schema' or 'data'",
                                   "empty.yaml:1:1: a rule file must be a mapping with 'rules', 'schema' or 'data'",
                               });
}

TEST_CASE("catalog: a schema with an error is reported once; rules that name it load") {
  const std::string schema = "schema: bank\nroot:\n  type: map\n  fields:\n    name: {typ: string}\n";
  const std::string rules =
      "rules:\n" + rule_item("BNK010", "bank-types", "    kind: value-type\n    options: {schema: bank}\n");
  const auto loaded = load({{"bank-schema.yaml", schema}, {"bank-rules.yaml", rules}});
  CHECK(error_lines(loaded) == Lines{"bank-schema.yaml:5:12: unknown option 'typ' (did you mean 'type'?)"});
  CHECK(loaded.catalog->find("BNK010"));
}

TEST_CASE("catalog: a duplicate schema with errors of its own reports both") {
  const auto loaded = load({{"c.yaml", "schema: config\nroot: {type: mapp}\n"}});
  const Lines lines = error_lines(loaded);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "c.yaml:1:9: schema 'config' is already defined at rules/schema/config.yaml:3:9");
  CHECK(lines[1].rfind("c.yaml:2:14: option 'type' is 'mapp'", 0) == 0);
}

TEST_CASE("catalog: the same rule id or slug twice is still an error, and the first one stays") {
  const auto loaded = load({{"a.yaml", "rules:\n" + rule_item("BNK020", "first", "    kind: required-field\n")},
                            {"b.yaml", "rules:\n" + rule_item("bnk020", "second", "    kind: required-field\n") +
                                           rule_item("BNK021", "first", "    kind: required-field\n")}});
  CHECK(error_lines(loaded) == Lines{
                                   "b.yaml:2:9: rule id 'bnk020' must look like ABC123",
                                   "b.yaml:12:5: rule BNK021 (first) is already defined in a.yaml",
                               });
  CHECK(loaded.catalog->find("BNK020"));
  CHECK_FALSE(loaded.catalog->find("BNK021"));
}

TEST_CASE("catalog: an error that two rules run into is reported once") {
  const std::string table = "data: bank/cas\ncontent: [not, a, mapping]\n";
  const std::string issuer = "    kind: certificate-issuer\n    options: {authorities: bank/cas}\n";
  const std::string rules =
      "rules:\n" + rule_item("BNK030", "cas-one", issuer) + rule_item("BNK031", "cas-two", issuer);
  const auto loaded = load({{"cas.yaml", table}, {"rules.yaml", rules}});
  CHECK(error_lines(loaded) == Lines{"cas.yaml:2:10: expected a mapping: group -> environment -> CAs"});
  CHECK_FALSE(loaded.catalog->find("BNK030"));
  CHECK_FALSE(loaded.catalog->find("BNK031"));
}

TEST_CASE("catalog: a source that could not be read is an error in its place") {
  const auto loaded =
      load({{"a.yaml", kSyntax}, {"gone.yaml", "", "the rule file does not exist"}, {"c.yaml", kSchema}});
  const Lines lines = error_lines(loaded);
  REQUIRE(lines.size() == 3);
  CHECK(lines[1] == "gone.yaml: the rule file does not exist");
  CHECK_FALSE(loaded.errors[1].position());
}

TEST_CASE("catalog: gathering rule sources records a path that cannot be read") {
  const auto sources = lint::gather_rule_sources({"no/such/rules.yaml"});
  REQUIRE(sources.size() == lint::embedded_rule_sources().size() + 1);
  CHECK(sources.back().name == "no/such/rules.yaml");
  CHECK(sources.back().read_error == "the rule file does not exist");
}

TEST_CASE("catalog: load_catalog throws every error at once") {
  try {
    lint::load_catalog(pack_with({{"a.yaml", kRules}, {"b.yaml", kSyntax}}));
    FAIL("the broken pack loaded");
  } catch (const lint::RuleFileErrors& e) {
    REQUIRE(e.errors().size() == 3);
    CHECK(std::string(e.what()) ==
          std::string(e.errors()[0].what()) + "\n" + e.errors()[1].what() + "\n" + e.errors()[2].what());
  }
  CHECK(lint::load_catalog(lint::embedded_rule_sources())->rules().size() > 0);
}

TEST_CASE("catalog: errors are printable UTF-8 on one line") {
  const std::string escape =
      "rules:\n" + rule_item("BNK040", "esc", "    kind: required-field\n    stops: \"\\e[31mred\\nx\"\n");
  const auto loaded =
      load({{"bad\xff-name.yaml", kSyntax}, {"esc.yaml", escape}, {"latin.yaml", "rules:\n  - id: \"\\\xc3\xa9\"\n"}});
  const Lines lines = error_lines(loaded);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].rfind("bad\xEF\xBF\xBD-name.yaml:4:1:", 0) == 0);
  CHECK(lines[1] == "esc.yaml:12:12: option 'stops' must be true or false, not '\xE2\x90\x9B[31mred\xE2\x90\x8Ax'");
  // yaml-cpp names the escape by its first byte alone, which is not UTF-8 on its own.
  CHECK(lines[2] == "latin.yaml:2:12: unknown escape character: \xEF\xBF\xBD");
  for (const auto& line : lines) {
    INFO(line);
    CHECK_FALSE(lint::first_invalid_utf8(line));
    for (char c : line) CHECK(static_cast<unsigned char>(c) >= 0x20);
  }
}

TEST_CASE("catalog: files that are not rule files are refused without echoing their values") {
  const std::string secret = "Zx9-3kQ-SECRET-VALUE-7f3a";
  const std::string config = "version: 1\nmaskinporten:\n  client_secret: " + secret + "\n";
  const std::string manifest = "apiVersion: v1\nkind: Secret\ndata:\n  token: " + secret + "\n";
  const std::string ci = "rules:\n  - if: $CI\n    variables: {API_KEY: " + secret + "}\n";
  const auto loaded = load({{"dsop.yaml", config}, {"secret.yaml", manifest}, {"ci.yaml", ci}});
  const Lines lines = error_lines(loaded);
  CHECK(lines == Lines{
                     "dsop.yaml:1:1: a rule file must have 'rules', 'schema' or 'data' at its top level",
                     "secret.yaml:1:1: a data file needs 'content'",
                     "ci.yaml:2:5: missing option 'id'",
                 });
  for (const auto& line : lines) CHECK(line.find(secret) == std::string::npos);
}
