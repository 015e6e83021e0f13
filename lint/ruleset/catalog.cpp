// Catalog loading: parse rule files, register schemas and data, compile and validate rules.
#include "lint/ruleset/catalog.h"

#include <algorithm>
#include <cctype>

#include "lint/core/suggest.h"
#include "lint/ruleset/rule_loader.h"

namespace lint {

namespace {

std::unique_ptr<RuleFile> parse_rule_file(const RuleSource& src) {
  auto file = std::make_unique<RuleFile>();
  file->source = SourceFile(src.name, src.text);
  if (auto bad = first_invalid_utf8(src.text)) {
    const Position p = file->source.position(*bad);
    throw RuleFileError(src.name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                        ": the rule file is not valid UTF-8");
  }
  ParsedYaml parsed = parse_yaml(file->source);
  for (const ParseIssue& issue : parsed.issues) {
    const Position p = file->source.position(issue.range.begin);
    const std::string what =
        issue.kind == ParseIssue::Kind::DuplicateKey ? "duplicate key '" + issue.detail + "'" : issue.detail;
    throw RuleFileError(src.name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + what);
  }
  if (parsed.documents.empty() || parsed.documents[0].root() == kNoNode)
    throw RuleFileError(src.name + ":1:1: a rule file must be a mapping with 'rules', 'schema' or 'data'");
  file->yaml = std::move(parsed.documents[0]);
  return file;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::unique_ptr<Catalog> Catalog::load(const std::vector<RuleSource>& sources, const KindTable& kinds) {
  auto catalog = std::make_unique<Catalog>();
  catalog->m_kinds = &kinds;
  for (const auto& src : sources) catalog->add_file(parse_rule_file(src));
  catalog->compile_rules();
  return catalog;
}

// A built-in data file: rules/data/<name>.yaml holds the table <name> as a whole.
static std::string embedded_data_name(const std::string& path) {
  const std::string prefix = "rules/data/";
  if (path.rfind(prefix, 0) != 0) return "";
  const std::string rest = path.substr(prefix.size());
  return rest.substr(0, rest.rfind('.'));
}

void Catalog::add_file(std::unique_ptr<RuleFile> file) {
  const YamlDocument& y = file->yaml;
  const NodeId root = y.root();
  const std::string data_name = embedded_data_name(file->source.path());
  if (!data_name.empty() && y.get(root, "data") == kNoNode) {
    if (this->data(data_name)) fail_at(*file, root, "data '" + data_name + "' is defined twice");
    m_data.emplace_back(data_name, DataRef{file.get(), root});
  } else if (!y.is_mapping(root)) {
    fail_at(*file, root, "a rule file must be a mapping with 'rules', 'schema' or 'data'");
  } else if (y.get(root, "schema") != kNoNode) {
    m_schemas.push_back(std::make_unique<Schema>(load_schema(*file)));
  } else if (NodeId name = y.get(root, "data"); name != kNoNode) {
    const NodeId content = y.get(root, "content");
    if (content == kNoNode) fail_at(*file, root, "a data file needs 'content'");
    if (this->data(y.scalar(name))) fail_at(*file, name, "data '" + y.scalar(name) + "' is defined twice");
    m_data.emplace_back(y.scalar(name), DataRef{file.get(), y.resolve(content)});
  } else if (NodeId list = y.get(root, "rules"); list != kNoNode) {
    if (!y.is_sequence(list)) fail_at(*file, list, "'rules' must be a list");
    m_rule_lists.emplace_back(file.get(), y.resolve(list));
  } else {
    fail_at(*file, root, "a rule file must have 'rules', 'schema' or 'data' at its top level");
  }
  m_files.push_back(std::move(file));
}

void Catalog::compile_rules() {
  for (auto [file, list] : m_rule_lists)
    for (NodeId item : file->yaml.node(list).children) compile_rule(*file, file->yaml.resolve(item));
  std::sort(m_rules.begin(), m_rules.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
}

void Catalog::compile_rule(const RuleFile& file, NodeId node) {
  Rule rule = load_rule(file, node, *this);
  for (const Rule& other : m_rules) {
    if (lower(other.id) == lower(rule.id) || other.slug == rule.slug)
      fail_at(file, node, "rule " + rule.id + " (" + rule.slug + ") is already defined in " + other.file);
  }
  m_rules.push_back(std::move(rule));
}

const Rule* Catalog::find(std::string_view id_or_slug) const {
  const std::string key = lower(id_or_slug);
  for (const Rule& r : m_rules)
    if (lower(r.id) == key || r.slug == key) return &r;
  return nullptr;
}

const Rule* Catalog::engine_rule(std::string_view event) const {
  for (const Rule& r : m_rules)
    if (r.engine_event == event) return &r;
  return nullptr;
}

const Schema* Catalog::schema(std::string_view name) const {
  for (const auto& s : m_schemas)
    if (s->name == name) return s.get();
  return nullptr;
}

const DataRef* Catalog::data(std::string_view name) const {
  for (const auto& [n, ref] : m_data)
    if (n == name) return &ref;
  return nullptr;
}

}  // namespace lint
