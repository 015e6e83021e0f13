// Loading format schemas from rule files.
#include "lint/ruleset/schema.h"

namespace lint {

const std::vector<std::string>& schema_types() {
  static const std::vector<std::string> kTypes = {"map",  "list", "string", "integer", "boolean",
                                                  "date", "url",  "email",  "path",    "any"};
  return kTypes;
}

const SchemaField* SchemaField::field(std::string_view name) const {
  for (const auto& [n, f] : fields)
    if (n == name) return &f;
  return nullptr;
}

std::vector<std::string> SchemaField::field_names() const {
  std::vector<std::string> out;
  for (const auto& [n, f] : fields) out.push_back(n);
  return out;
}

namespace {

SchemaField load_field(const RuleFile& file, NodeId node) {
  Options o(file, node);
  SchemaField f;
  f.type = o.choice("type", schema_types(), "any");
  f.required = o.flag("required", false);
  f.required_unless = o.text("required_unless", "");
  f.values = o.list("values");
  f.keys = o.list("keys");
  f.open = o.flag("open", false);
  f.owner = o.text("owner", "");
  f.description = o.text("description", "");
  const NodeId fields = o.node("fields");
  if (fields != kNoNode) {
    if (!file.yaml.is_mapping(fields)) o.fail(fields, "'fields' must be a mapping");
    for (auto [k, v] : file.yaml.entries(fields))
      f.fields.push_back({file.yaml.scalar(k), load_field(file, file.yaml.resolve(v))});
  }
  const NodeId each = o.node("each");
  if (each != kNoNode) f.each = std::make_unique<SchemaField>(load_field(file, file.yaml.resolve(each)));
  o.finish();
  return f;
}

// A template schema names the keys that recognise its shape; other schemas have none.
std::vector<std::string> load_recognise_by(Options& o, const Schema& s) {
  if (!s.is_template()) {
    if (o.node("recognise_by") != kNoNode)
      o.fail(o.node("recognise_by"), "only a template schema (template-*) has 'recognise_by'");
    return {};
  }
  if (s.root.type != "map") o.fail(o.node("root"), "a template schema's root must be a map");
  auto keys = o.list("recognise_by", true);
  for (const auto& key : keys)
    if (key.empty()) o.fail(o.node("recognise_by"), "the keys of 'recognise_by' must not be empty");
  return keys;
}

}  // namespace

Schema load_schema(const RuleFile& file) {
  Options o(file, file.yaml.root());
  Schema s;
  s.name = o.text("schema");
  s.file = file.source.path();
  s.defined_at = file.source.position(file.yaml.node(o.node("schema")).range.begin);
  s.description = o.text("description", "");
  const NodeId root = o.node("root");
  if (root == kNoNode) o.fail(kNoNode, "a schema needs 'root'");
  s.root = load_field(file, file.yaml.resolve(root));
  s.recognise_by = load_recognise_by(o, s);
  if (const auto n = o.number("recognise_by_fields")) {
    if (*n < 1 || *n != static_cast<double>(static_cast<std::size_t>(*n)))
      o.fail(o.node("recognise_by_fields"), "'recognise_by_fields' must be a whole number, 1 or more");
    s.recognise_by_fields = static_cast<std::size_t>(*n);
  }
  o.finish();
  return s;
}

}  // namespace lint
