// walk_schema: every visit's path is its parent's path and its name, absent fields are visited
// under present parents, unknown keys come with their mapping's path, and targets carry the env.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "lint/kinds/registry.h"
#include "lint/kinds/schema_walk.h"
#include "lint/ruleset/embedded_rules.h"

namespace {

const lint::Schema& config_schema() {
  static const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  return *catalog->schema("config");
}

}  // namespace

TEST_CASE("schema walk: paths, absent fields, unknown keys and targets") {
  const lint::SourceFile source("dsop.yaml",
                                "version: 1\n"
                                "institution: {name: Banken, orgnr: '974760673', colour: blue}\n"
                                "environments:\n"
                                "  prod:\n"
                                "    altinn: {base_url: 'https://platform.altinn.no'}\n"
                                "    stray: 1\n"
                                "  staging: {}\n"
                                "supplier: {name: Lev, orgnr: '974760673', delegations: [a, b]}\n");
  const lint::YamlDocument yaml = std::move(lint::parse_yaml(source).documents.front());
  std::map<std::string, bool> visited;  // path -> present
  std::vector<std::string> unknown;
  lint::walk_schema(
      yaml, config_schema().root,
      [&](const lint::SchemaVisit& v) {
        CAPTURE(v.path);
        const std::string parent = v.parent_path();
        CHECK(v.path == (parent.empty() ? "" : parent + ".") + std::string(v.name));
        visited[v.path] = v.node != lint::kNoNode;
        const lint::Target t = v.target();
        CHECK(t.path == v.path);
        CHECK(t.field == v.name);
        CHECK(t.env == (v.path.rfind("environments.prod", 0) == 0 ? "prod" : ""));
        CHECK(v.target(false).env.empty());
      },
      [&](lint::NodeId key, const lint::SchemaField&, const std::string& path) {
        unknown.push_back(path + ":" + yaml.scalar(key));
      });
  CHECK(visited.at("version"));
  CHECK_FALSE(visited.at("service"));  // absent, under the present root
  CHECK(visited.at("institution.name"));
  CHECK(visited.at("environments.prod.altinn.base_url"));
  CHECK(visited.at("supplier.delegations.1"));
  CHECK_FALSE(visited.count("environments.staging"));  // not a key of environments
  CHECK(unknown == std::vector<std::string>{"institution:colour", "environments.prod:stray", "environments:staging"});
}
