// ConfigFacts: the config parsed once more for its evidence, and findings traced to config fields.
#include "lint/report/config_facts.h"

#include <filesystem>

#include "lint/core/files.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/paths.h"
#include "lint/ruleset/selector.h"

namespace lint::report {

namespace fs = std::filesystem;

namespace {

bool contains(const ByteRange& range, std::size_t offset) {
  return offset >= range.begin && (offset < range.end || (range.begin == range.end && offset == range.begin));
}

std::string join(const std::string& path, const std::string& part) { return path.empty() ? part : path + "." + part; }

// A scalar's text, or a list of scalars joined by ", "; "" for anything else.
std::string value_text(const YamlDocument& y, NodeId node) {
  if (y.is_scalar(node)) return y.scalar(node);
  if (!y.is_sequence(node)) return "";
  std::string out;
  for (NodeId item : y.node(y.resolve(node)).children)
    if (y.is_scalar(item)) out += (out.empty() ? "" : ", ") + y.scalar(item);
  return out;
}

bool empty_value(const YamlDocument& y, NodeId node) {
  const YamlNode& n = y.node(y.resolve(node));
  if (n.kind == NodeKind::Null) return true;
  if (n.kind == NodeKind::Scalar) return n.value.empty();
  return n.children.empty();
}

std::vector<std::string> split(const std::string& dotted) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= dotted.size()) {
    const std::size_t dot = dotted.find('.', start);
    parts.push_back(dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return parts;
}

}  // namespace

bool path_within(const std::string& path, const std::string& pattern) {
  const auto have = split(path), want = split(pattern);
  if (have.size() < want.size()) return false;
  for (std::size_t i = 0; i < want.size(); ++i)
    if (want[i] != "*" && want[i] != have[i]) return false;
  return true;
}

ConfigFacts ConfigFacts::read(const std::string& path, const Catalog& catalog, std::size_t max_file_size) {
  ConfigFacts facts;
  facts.m_path = fs::path(path).lexically_normal().string();
  auto bytes = read_file(path, max_file_size);
  auto* text = std::get_if<std::string>(&bytes);
  if (!text || first_invalid_utf8(*text)) return facts;
  facts.m_source = SourceFile(facts.m_path, std::move(*text));
  ParsedYaml parsed = parse_yaml(facts.m_source);
  if (parsed.stopped || parsed.documents.empty() || parsed.documents[0].root() == kNoNode) return facts;
  facts.m_yaml = std::move(parsed.documents[0]);
  if (!facts.m_yaml->is_mapping(facts.m_yaml->root())) {
    facts.m_yaml.reset();
    return facts;
  }
  facts.index_references(catalog);
  return facts;
}

// Which config field names each referenced file, from the engine's `references` table.
void ConfigFacts::index_references(const Catalog& catalog) {
  const DataRef* refs = catalog.data("references");
  if (!refs) return;
  const YamlDocument& ry = refs->file->yaml;
  fs::path base = fs::path(m_path).parent_path();
  if (base.empty()) base = fs::path(".");
  for (NodeId item : ry.node(refs->node).children) {
    const NodeId select = ry.get(ry.resolve(item), "select");
    if (!ry.is_scalar(select)) continue;
    for (const Target& t : select_targets(*m_yaml, ry.scalar(select))) {
      if (t.node == kNoNode || !m_yaml->is_scalar(t.node) || m_yaml->scalar(t.node).empty()) continue;
      m_file_fields[(base / m_yaml->scalar(t.node)).lexically_normal().string()] = t.path;
    }
  }
}

std::string ConfigFacts::scalar(const std::string& dotted) const {
  if (!m_yaml) return "";
  const NodeId n = lookup_path(*m_yaml, dotted);
  return n != kNoNode && m_yaml->is_scalar(n) ? m_yaml->scalar(n) : "";
}

bool ConfigFacts::has_environment(const std::string& env) const {
  if (!m_yaml) return false;
  const NodeId n = lookup_path(*m_yaml, "environments." + env);
  return n != kNoNode && m_yaml->is_mapping(n);
}

std::vector<FieldValue> ConfigFacts::fields(const std::string& pattern) const {
  std::vector<FieldValue> out;
  if (!m_yaml) return out;
  for (const Target& t : select_targets(*m_yaml, pattern)) {
    if (t.node == kNoNode || empty_value(*m_yaml, t.node)) continue;
    const ByteRange range = m_yaml->node(t.node).range;
    out.push_back({t.path, value_text(*m_yaml, t.node), m_source.position(range.begin).line, range});
  }
  return out;
}

std::optional<std::string> ConfigFacts::path_of(const Diagnostic& finding) const {
  if (!m_yaml) return std::nullopt;
  if (finding.location.path == m_path) return node_path(finding.location.bytes.begin);
  const auto it = m_file_fields.find(finding.location.path);
  if (it == m_file_fields.end()) return std::nullopt;
  return it->second;
}

// The dotted path of the deepest node at `offset`; a key stands for its entry.
std::string ConfigFacts::node_path(std::size_t offset) const {
  const YamlDocument& y = *m_yaml;
  std::string path;
  NodeId node = y.root();
  for (std::size_t depth = 0; node != kNoNode && depth < y.size(); ++depth) {
    const NodeId at = y.resolve(node);
    NodeId next = kNoNode;
    if (y.is_mapping(at)) {
      for (auto [k, v] : y.entries(at)) {
        if (!contains(y.node(k).range, offset) && !contains(y.node(v).range, offset)) continue;
        path = join(path, y.scalar(k));
        next = v;
        break;
      }
    } else if (y.is_sequence(at)) {
      const auto& items = y.node(at).children;
      for (std::size_t i = 0; i < items.size() && next == kNoNode; ++i)
        if (contains(y.node(items[i]).range, offset)) {
          path = join(path, std::to_string(i));
          next = items[i];
        }
    }
    node = next;
  }
  return path;
}

}  // namespace lint::report
