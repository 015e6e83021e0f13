// Catalog loading: parse rule files, register schemas and data, compile and validate rules, and
// record every error on the way instead of stopping at the first.
#include "lint/ruleset/catalog.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "lint/core/strings.h"
#include "lint/core/suggest.h"
#include "lint/ruleset/rule_loader.h"

namespace lint {

namespace {

std::string parse_issue_text(const ParseIssue& issue) {
  return issue.kind == ParseIssue::Kind::DuplicateKey ? "duplicate key '" + issue.detail + "'" : issue.detail;
}

// The parsed file, or nothing when it cannot be read as one YAML mapping: its errors (every parse
// issue) are recorded and the rest of the file is not checked.
std::unique_ptr<RuleFile> parse_rule_file(const RuleSource& src, std::vector<RuleFileError>& errors) {
  if (!src.read_error.empty()) {
    errors.emplace_back(src.name, std::nullopt, src.read_error);
    return nullptr;
  }
  auto file = std::make_unique<RuleFile>();
  file->source = SourceFile(src.name, src.text);
  if (src.parsed) {  // an embedded file: the build checked its UTF-8 and parsed it without an issue
    file->yaml = unpack_yaml(*src.parsed);
    file->built_in = true;
    return file;
  }
  if (auto bad = first_invalid_utf8(src.text)) {
    errors.emplace_back(src.name, file->source.position(*bad), "the rule file is not valid UTF-8");
    return nullptr;
  }
  ParsedYaml parsed = parse_yaml(file->source);
  for (const ParseIssue& issue : parsed.issues)
    errors.emplace_back(src.name, file->source.position(issue.range.begin), parse_issue_text(issue));
  if (!parsed.issues.empty()) return nullptr;
  if (parsed.documents.empty() || parsed.documents[0].root() == kNoNode) {
    errors.emplace_back(src.name, Position{1, 1}, "a rule file must be a mapping with 'rules', 'schema' or 'data'");
    return nullptr;
  }
  file->yaml = std::move(parsed.documents[0]);
  return file;
}

// Errors in the order of their files among the sources, then by position; an error found twice
// (a data table that two rules read) is kept once.
void sort_errors(std::vector<RuleFileError>& errors, const std::vector<RuleSource>& sources) {
  std::set<std::string> seen;
  errors.erase(std::remove_if(errors.begin(), errors.end(),
                              [&](const RuleFileError& e) { return !seen.insert(e.what()).second; }),
               errors.end());
  std::map<std::string, std::size_t> file_order;
  for (const auto& src : sources) file_order.emplace(src.name, file_order.size());
  const auto key = [&](const RuleFileError& e) {
    const auto found = file_order.find(e.file());
    const Position at = e.position().value_or(Position{0, 0});
    return std::make_tuple(found == file_order.end() ? sources.size() : found->second, at.line, at.column);
  };
  std::stable_sort(errors.begin(), errors.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
}

// Stands in for a schema whose file has an error: its name, and a root that accepts anything, so
// rules that name it report no second, misleading error.
Schema placeholder_schema(const RuleFile& file, NodeId name) {
  Schema s;
  s.name = file.yaml.scalar(name);
  s.root.open = true;
  s.file = file.source.path();
  s.defined_at = file.source.position(file.yaml.node(name).range.begin);
  return s;
}

std::string place(const Schema& s) {
  return s.file + ":" + std::to_string(s.defined_at.line) + ":" + std::to_string(s.defined_at.column);
}

// `lowered` is already lower case; compared without a copy of `s`.
bool equals_lowered(std::string_view s, std::string_view lowered) {
  if (s.size() != lowered.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (ascii_lower(s[i]) != lowered[i]) return false;
  return true;
}

// A built-in data file: rules/data/<name>.yaml holds the table <name> as a whole.
std::string embedded_data_name(const std::string& path) {
  const std::string prefix = "rules/data/";
  if (path.rfind(prefix, 0) != 0) return "";
  const std::string rest = path.substr(prefix.size());
  return rest.substr(0, rest.rfind('.'));
}

}  // namespace

LoadedCatalog Catalog::load(const std::vector<RuleSource>& sources, const KindTable& kinds) {
  LoadedCatalog loaded{std::make_unique<Catalog>(), {}};
  Catalog& catalog = *loaded.catalog;
  catalog.m_kinds = &kinds;
  for (const auto& src : sources)
    if (auto file = parse_rule_file(src, loaded.errors)) catalog.add_file(std::move(file), loaded.errors);
  catalog.compile_rules(loaded.errors);
  sort_errors(loaded.errors, sources);
  return loaded;
}

void Catalog::add_file(std::unique_ptr<RuleFile> file, Errors& errors) {
  try {
    add_content(*file, errors);
  } catch (const RuleFileError& e) {
    errors.push_back(e);  // the file's shape is wrong: nothing else in it is checked
    return;
  }
  m_files.push_back(std::move(file));
}

void Catalog::add_content(const RuleFile& file, Errors& errors) {
  const YamlDocument& y = file.yaml;
  const NodeId root = y.root();
  const std::string data_name = embedded_data_name(file.source.path());
  if (!data_name.empty() && y.get(root, "data") == kNoNode) return add_data(data_name, file, root, root);
  if (!y.is_mapping(root)) fail_at(file, root, "a rule file must be a mapping with 'rules', 'schema' or 'data'");
  if (y.get(root, "schema") != kNoNode) return add_schema(file, errors);
  if (NodeId name = y.get(root, "data"); name != kNoNode) {
    const NodeId content = y.get(root, "content");
    if (content == kNoNode) fail_at(file, root, "a data file needs 'content'");
    return add_data(y.scalar(name), file, name, y.resolve(content));
  }
  if (NodeId list = y.get(root, "rules"); list != kNoNode) {
    if (!y.is_sequence(list)) fail_at(file, list, "'rules' must be a list");
    m_rule_lists.emplace_back(&file, y.resolve(list));
    return;
  }
  fail_at(file, root, "a rule file must have 'rules', 'schema' or 'data' at its top level");
}

void Catalog::add_data(const std::string& name, const RuleFile& file, NodeId name_node, NodeId content) {
  if (this->data(name)) fail_at(file, name_node, "data '" + name + "' is defined twice");
  m_data.emplace_back(name, DataRef{&file, content});
}

void Catalog::add_schema(const RuleFile& file, Errors& errors) {
  const NodeId name = file.yaml.get(file.yaml.root(), "schema");
  Schema schema;
  try {
    schema = load_schema(file);
  } catch (const RuleFileError& e) {
    errors.push_back(e);
    if (!file.yaml.is_scalar(name) || file.yaml.scalar(name).empty()) return;
    schema = placeholder_schema(file, name);
  }
  if (const Schema* other = this->schema(schema.name)) {
    errors.push_back(error_at(file, name, "schema '" + schema.name + "' is already defined at " + place(*other)));
    return;
  }
  m_schemas.push_back(std::make_unique<Schema>(std::move(schema)));
}

void Catalog::compile_rules(Errors& errors) {
  for (auto [file, list] : m_rule_lists) {
    for (NodeId item : file->yaml.node(list).children) {
      try {
        compile_rule(*file, file->yaml.resolve(item));
      } catch (const RuleFileError& e) {
        errors.push_back(e);  // the rule is left out; the next one is still compiled
      }
    }
  }
  std::sort(m_rules.begin(), m_rules.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
}

void Catalog::compile_rule(const RuleFile& file, NodeId node) {
  Rule rule = load_rule(file, node, *this);
  const std::string id = ascii_lower(rule.id);
  for (const Rule& other : m_rules) {
    if (other.slug == rule.slug || equals_lowered(other.id, id))
      fail_at(file, node, "rule " + rule.id + " (" + rule.slug + ") is already defined in " + other.file);
  }
  m_rules.push_back(std::move(rule));
}

const Rule* Catalog::find(std::string_view id_or_slug) const {
  const std::string key = ascii_lower(id_or_slug);
  for (const Rule& r : m_rules)
    if (r.slug == key || equals_lowered(r.id, key)) return &r;
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
