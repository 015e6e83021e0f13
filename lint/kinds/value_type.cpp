// Kind `value-type`: a value's type and allowed values, from options or from a format's schema.
#include <algorithm>

#include "lint/core/suggest.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/kinds/schema_walk.h"
#include "lint/ruleset/catalog.h"

namespace lint {

const Schema& require_schema(Options& options, const Catalog& catalog);

namespace {

std::string join_values(const std::vector<std::string>& values) {
  std::string all;
  for (const auto& v : values) all += (all.empty() ? "" : ", ") + v;
  return all;
}

const char* kind_word(NodeKind kind) {
  switch (kind) {
    case NodeKind::Mapping:
      return "a mapping";
    case NodeKind::Sequence:
      return "a list";
    default:
      return "a single value";
  }
}

// Whether a node is of a schema type: a mapping for "map", a list for "list", else a scalar of it.
bool has_type(const YamlNode& n, const std::string& type) {
  if (type == "map") return n.kind == NodeKind::Mapping;
  if (type == "list") return n.kind == NodeKind::Sequence;
  return scalar_has_type(n, type);
}

// Whether a present node has the type and one of the allowed values: true when it does, or when
// it is empty (the required-field rule's concern).
bool value_fits(const YamlNode& n, const std::string& type, const std::vector<std::string>& values) {
  if (n.kind == NodeKind::Null) return true;
  if (!has_type(n, type)) return false;
  return values.empty() || n.kind != NodeKind::Scalar || std::find(values.begin(), values.end(), n.value) != values.end();
}

// Checks one present node against a type and an allowed set; appends at most one finding.
void check_value(const CheckContext& ctx, const Target& t, const std::string& type,
                 const std::vector<std::string>& values, std::vector<Finding>& out) {
  const YamlDocument& y = ctx.yaml();
  const YamlNode& n = y.node(y.resolve(t.node));
  if (value_fits(n, type, values)) return;
  if (!has_type(n, type)) {
    Finding f = finding_at(ctx, t, "type");
    f.args["expected"] = type;
    f.args["actual"] = n.kind == NodeKind::Scalar ? "'" + n.value + "'" : kind_word(n.kind);
    out.push_back(std::move(f));
    return;
  }
  const std::string hint = nearest(n.value, values);
  Finding f = finding_at(ctx, t, hint.empty() ? "value" : "value-suggest");
  f.args["expected"] = join_values(values);
  f.args["suggestion"] = hint;
  out.push_back(std::move(f));
}

class ValueTypeCheck final : public Check {
 public:
  ValueTypeCheck(std::string type, std::vector<std::string> values, bool report_missing)
      : m_type(std::move(type)), m_values(std::move(values)), m_report_missing(report_missing) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    const bool absent = target.node == kNoNode || y.node(y.resolve(target.node)).kind == NodeKind::Null;
    // With type `any` only single values are compared; a list or mapping is the format's concern.
    if (!absent && m_type == "any" && !y.is_scalar(target.node)) return;
    if (!absent)
      check_value(ctx, target, m_type, m_values, out);
    else if (m_report_missing && target.parent != kNoNode)
      out.push_back(finding_at(ctx, target, "missing"));
  }

 private:
  std::string m_type;
  std::vector<std::string> m_values;
  bool m_report_missing;  // an absent or empty value is reported (variant `missing`)
};

class SchemaTypeCheck final : public Check {
 public:
  explicit SchemaTypeCheck(const Schema& schema) : m_schema(schema) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    walk_schema(
        ctx.yaml(), m_schema.root,
        [&](const SchemaVisit& v) {
          if (v.node == kNoNode || value_fits(ctx.yaml().node(ctx.yaml().resolve(v.node)), v.field.type, v.field.values))
            return;  // most values fit: no target is made for them
          check_value(ctx, v.target(), v.field.type, v.field.values, out);
        },
        [](NodeId, const SchemaField&, const std::string&) {});
  }

 private:
  const Schema& m_schema;
};

}  // namespace

std::unique_ptr<Check> make_value_type(Options& options, const Catalog& catalog) {
  if (options.node("schema") != kNoNode) return std::make_unique<SchemaTypeCheck>(require_schema(options, catalog));
  std::string type = options.choice("type", schema_types(), "string");
  auto values = options.list("values");
  return std::make_unique<ValueTypeCheck>(std::move(type), std::move(values), options.flag("report_missing", false));
}

}  // namespace lint
