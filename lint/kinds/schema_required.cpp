// Kind `schema-required`: every field a schema marks required is present under its present parent.
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/kinds/schema_walk.h"
#include "lint/ruleset/catalog.h"

namespace lint {

const Schema& require_schema(Options& options, const Catalog& catalog);

namespace {

bool is_empty(const YamlDocument& y, NodeId node) {
  const YamlNode& n = y.node(y.resolve(node));
  return n.kind == NodeKind::Null || (n.kind == NodeKind::Scalar && n.value.empty() && !n.quoted);
}

class SchemaRequiredCheck final : public Check {
 public:
  explicit SchemaRequiredCheck(const Schema& schema) : m_schema(schema) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    walk_schema(
        y, m_schema.root,
        [&](const SchemaVisit& v) {
          if (!v.field.required || (v.node != kNoNode && !is_empty(y, v.node))) return;
          if (!v.field.required_unless.empty() && y.get(v.parent, v.field.required_unless) != kNoNode) return;
          Finding f = finding_at(ctx, v.target(), v.node == kNoNode ? "default" : "empty");
          const std::string parent = v.parent_path();
          f.args["parent"] = parent.empty() ? "the top level" : parent;
          out.push_back(std::move(f));
        },
        [](NodeId, const SchemaField&, const std::string&) {});
  }

 private:
  const Schema& m_schema;
};

}  // namespace

std::unique_ptr<Check> make_schema_required(Options& options, const Catalog& catalog) {
  return std::make_unique<SchemaRequiredCheck>(require_schema(options, catalog));
}

}  // namespace lint
