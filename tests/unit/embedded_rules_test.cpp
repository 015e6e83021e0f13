// The embedded rule pack: every file carries the tree parse_yaml makes of its text, node for node,
// and the pack loads with no error (the build step parses it; this checks what it wrote).
#include <catch2/catch.hpp>

#include <string>

#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/embedded_rules.h"

namespace {

void require_same_node(const lint::YamlNode& a, const lint::YamlNode& b) {
  REQUIRE(a.kind == b.kind);
  REQUIRE(a.quoted == b.quoted);
  REQUIRE(a.range == b.range);
  REQUIRE(a.parent == b.parent);
  REQUIRE(a.key == b.key);
  REQUIRE(a.target == b.target);
  REQUIRE(a.value == b.value);
  REQUIRE(a.children == b.children);
}

}  // namespace

TEST_CASE("every embedded rule file carries the tree its text parses to") {
  const auto& sources = lint::embedded_rule_sources();
  REQUIRE(sources.size() > 10);
  for (const lint::RuleSource& src : sources) {
    INFO(src.name);
    REQUIRE(src.parsed != nullptr);
    const lint::ParsedYaml parsed = lint::parse_yaml(lint::SourceFile(src.name, src.text));
    REQUIRE(parsed.issues.empty());
    REQUIRE(parsed.documents.size() == 1);
    const lint::YamlDocument& expected = parsed.documents[0];
    const lint::YamlDocument packed = lint::unpack_yaml(*src.parsed);
    REQUIRE(packed.root() == expected.root());
    REQUIRE(packed.size() == expected.size());
    for (lint::NodeId id = 0; id < expected.size(); ++id) require_same_node(packed.node(id), expected.node(id));
  }
}

TEST_CASE("the embedded rule pack loads without an error") {
  const lint::LoadedCatalog loaded = lint::Catalog::load(lint::embedded_rule_sources(), lint::kinds());
  std::string all;
  for (const auto& error : loaded.errors) all.append(error.what()).append("\n");
  INFO(all);
  REQUIRE(loaded.errors.empty());
  REQUIRE(!loaded.catalog->rules().empty());
}
