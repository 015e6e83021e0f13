// The embedded rule pack: every file carries the tree parse_yaml makes of its text, node for node,
// and the pack loads with no error (the build step parses it; this checks what it wrote).
#include <catch2/catch.hpp>

#include <exception>
#include <functional>
#include <string>
#include <thread>
#include <vector>

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

TEST_CASE("every built-in rule's kind compiles with its options, also from several threads at once") {
  const lint::LoadedCatalog loaded = lint::Catalog::load(lint::embedded_rule_sources(), lint::kinds());
  const auto& rules = loaded.catalog->rules();
  // Built-in rules compile on first use: this is where an error in their options would show.
  std::vector<const lint::Check*> first(rules.size()), second(rules.size());
  std::string first_errors, second_errors;
  const auto compile_all = [&](std::vector<const lint::Check*>& into, std::string& errors) {
    for (std::size_t i = 0; i < rules.size(); ++i) {
      try {
        into[i] = &rules[i].check();
      } catch (const std::exception& e) {
        errors.append(rules[i].id).append(": ").append(e.what()).append("\n");
      }
    }
  };
  std::thread other(compile_all, std::ref(second), std::ref(second_errors));
  compile_all(first, first_errors);
  other.join();
  INFO(first_errors + second_errors);
  REQUIRE(first_errors.empty());
  REQUIRE(second_errors.empty());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    INFO(rules[i].id);
    REQUIRE(first[i] == second[i]);  // compiled once, shared
  }
}

TEST_CASE("a rule from a user's rule file is compiled when it loads, so its option error is reported") {
  const std::string text =
      "rules:\n"
      "  - id: USR001\n"
      "    slug: user-readability\n"
      "    severity: info\n"
      "    summary: The text is hard to read\n"
      "    description: LIX above 40.\n"
      "    source: good practice\n"
      "    applies_to: [text]\n"
      "    kind: text-metric\n"
      "    options: {metric: lix, max: 40, abbreviations: text/abbreviations, maxx: 1}\n"
      "    message: {en: \"LIX {value} is above {max}\", nb: \"LIX {value} er over {max}\"}\n";
  std::vector<lint::RuleSource> sources = lint::embedded_rule_sources();
  sources.emplace_back("mine.yaml", text);
  const lint::LoadedCatalog loaded = lint::Catalog::load(sources, lint::kinds());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].file() == "mine.yaml");
  CHECK(loaded.errors[0].position()->line == 10);
  CHECK_THAT(loaded.errors[0].what(), Catch::Contains("maxx"));
}
