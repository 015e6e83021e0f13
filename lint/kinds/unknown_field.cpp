// Kind `unknown-field`: keys a format's schema does not define, with the nearest known key.
#include "lint/core/suggest.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/kinds/schema_walk.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/paths.h"

namespace lint {

namespace {

class UnknownFieldCheck final : public Check {
 public:
  explicit UnknownFieldCheck(const Schema& schema) : m_schema(schema) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    walk_schema(
        y, m_schema.root, [](const SchemaVisit&) {},
        [&](NodeId key, const SchemaField& map, const std::string& path) {
          const std::string& name = y.scalar(key);
          std::vector<std::string> known = map.field_names();
          known.insert(known.end(), map.keys.begin(), map.keys.end());
          const std::string hint = nearest(name, known);
          Finding f =
              finding_at_node(ctx, key, join_path(path, name), hint.empty() ? "default" : "suggest");
          f.args["field"] = name;
          f.args["suggestion"] = hint;
          f.args["parent"] = path.empty() ? "the top level" : path;
          std::string all;
          for (const auto& k : known) all += (all.empty() ? "" : ", ") + k;
          f.args["known"] = all;
          out.push_back(std::move(f));
        });
  }

 private:
  const Schema& m_schema;
};

}  // namespace

const Schema& require_schema(Options& options, const Catalog& catalog) {
  const std::string name = options.text("schema");
  const Schema* schema = catalog.schema(name);
  if (!schema) options.fail(options.node("schema"), "unknown schema '" + name + "'");
  return *schema;
}

std::unique_ptr<Check> make_unknown_field(Options& options, const Catalog& catalog) {
  return std::make_unique<UnknownFieldCheck>(require_schema(options, catalog));
}

}  // namespace lint
