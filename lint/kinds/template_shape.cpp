// Kind `template-shape`: a document against the best-fitting of several schemas (required, empty, type, values).
#include <algorithm>

#include "lint/kinds/common.h"
#include "lint/kinds/doc_values.h"
#include "lint/kinds/kinds.h"
#include "lint/kinds/schema_walk.h"
#include "lint/ruleset/catalog.h"

namespace lint {

namespace {

struct Shape {
  const Schema* schema;
  std::string name;  // for messages, e.g. "Altinn 3"
};

std::string join(const std::vector<std::string>& values) {
  std::string all;
  for (const auto& v : values) all += (all.empty() ? "" : ", ") + v;
  return all;
}

class TemplateShapeCheck final : public Check {
 public:
  explicit TemplateShapeCheck(std::vector<Shape> shapes) : m_shapes(std::move(shapes)) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    const Shape& shape = best(y);
    walk_schema(
        y, shape.schema->root,
        [&](const SchemaVisit& v) {
          std::string variant;
          Finding f;
          if (v.node == kNoNode) {
            const bool excused =
                !v.field.required_unless.empty() && y.get(v.parent, v.field.required_unless) != kNoNode;
            if (!v.field.required || excused) return;
            variant = "default";
          } else if (is_empty_value(y, v.node)) {
            if (!v.field.required) return;
            variant = "empty";
          } else {
            const YamlNode& n = y.node(y.resolve(v.node));
            if (n.kind == NodeKind::Scalar && has_placeholder(n.value)) return;
            const bool ok = v.field.type == "map"    ? n.kind == NodeKind::Mapping
                            : v.field.type == "list" ? n.kind == NodeKind::Sequence
                                                     : scalar_has_type(n, v.field.type);
            if (!ok) {
              variant = "type";
              f.args["expected"] = v.field.type;
            } else if (!v.field.values.empty() && n.kind == NodeKind::Scalar &&
                       std::find(v.field.values.begin(), v.field.values.end(), n.value) == v.field.values.end()) {
              variant = "value";
              f.args["expected"] = join(v.field.values);
            } else {
              return;
            }
          }
          Finding found = finding_at(ctx, v.target(false), variant);
          found.args.insert(f.args.begin(), f.args.end());
          const std::string parent = v.parent_path();
          found.args["parent"] = parent.empty() ? "the top level" : parent;
          found.args["shape"] = shape.name;
          out.push_back(std::move(found));
        },
        [](NodeId, const SchemaField&, const std::string&) {});
  }

 private:
  // The shape whose top-level fields the document uses most (the first on a tie).
  const Shape& best(const YamlDocument& y) const {
    const Shape* chosen = &m_shapes.front();
    std::size_t most = 0;
    for (const Shape& s : m_shapes) {
      std::size_t n = 0;
      for (const auto& name : s.schema->root.field_names()) n += y.get(y.root(), name) != kNoNode;
      if (n > most) chosen = &s, most = n;
    }
    return *chosen;
  }

  std::vector<Shape> m_shapes;
};

}  // namespace

std::unique_ptr<Check> make_template_shape(Options& options, const Catalog& catalog) {
  const NodeId node = options.node("shapes");
  if (!options.yaml().is_mapping(node) || options.yaml().entries(node).empty())
    options.fail(node, "'shapes' must map each schema to its name in messages, e.g. {template-altinn3: Altinn 3}");
  std::vector<Shape> shapes;
  for (auto [k, v] : options.yaml().entries(node)) {
    const Schema* schema = catalog.schema(options.yaml().scalar(k));
    if (!schema) options.fail(k, "unknown schema '" + options.yaml().scalar(k) + "'");
    if (schema->root.type != "map") options.fail(k, "schema '" + schema->name + "' must describe a mapping");
    shapes.push_back({schema, options.yaml().scalar(v)});
  }
  return std::make_unique<TemplateShapeCheck>(std::move(shapes));
}

}  // namespace lint
