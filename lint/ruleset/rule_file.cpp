// Options: typed reading of rule-file mappings with errors that carry file, line and column.
#include "lint/ruleset/rule_file.h"

#include <charconv>

#include "lint/core/suggest.h"

namespace lint {

RuleFileError error_at(const RuleFile& file, NodeId node, const std::string& message) {
  Position pos{1, 1};
  if (node != kNoNode) pos = file.source.position(file.yaml.node(node).range.begin);
  return RuleFileError(file.source.path(), pos, message);
}

void fail_at(const RuleFile& file, NodeId node, const std::string& message) { throw error_at(file, node, message); }

Options::Options(const RuleFile& file, NodeId mapping, NodeId where)
    : m_file(file), m_mapping(mapping), m_where(where == kNoNode ? mapping : where) {
  if (mapping != kNoNode && !file.yaml.is_mapping(mapping)) fail_at(file, mapping, "expected a mapping");
}

NodeId Options::node(const std::string& key) {
  m_read.insert(key);
  return m_file.yaml.get(m_mapping, key);
}

void Options::fail(NodeId at, const std::string& message) const {
  fail_at(m_file, at == kNoNode ? m_where : at, message);
}

std::string Options::text(const std::string& key, std::optional<std::string> fallback) {
  const NodeId n = node(key);
  if (n == kNoNode || m_file.yaml.node(m_file.yaml.resolve(n)).kind == NodeKind::Null) {
    if (fallback) return *fallback;
    fail(m_mapping, "missing option '" + key + "'");
  }
  if (!m_file.yaml.is_scalar(n)) fail(n, "option '" + key + "' must be a single value");
  return m_file.yaml.scalar(n);
}

std::vector<std::string> Options::list(const std::string& key, bool required) {
  const NodeId n = node(key);
  std::vector<std::string> out;
  if (n == kNoNode) {
    if (required) fail(m_mapping, "missing option '" + key + "'");
    return out;
  }
  if (m_file.yaml.is_scalar(n)) return {m_file.yaml.scalar(n)};
  if (!m_file.yaml.is_sequence(n)) fail(n, "option '" + key + "' must be a value or a list");
  for (NodeId item : m_file.yaml.node(m_file.yaml.resolve(n)).children) {
    if (!m_file.yaml.is_scalar(item)) fail(item, "items of '" + key + "' must be single values");
    out.push_back(m_file.yaml.scalar(item));
  }
  if (required && out.empty()) fail(n, "option '" + key + "' must not be empty");
  return out;
}

std::optional<double> Options::number(const std::string& key) {
  const NodeId n = node(key);
  if (n == kNoNode) return std::nullopt;
  const std::string& s = m_file.yaml.scalar(n);
  double value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size())
    fail(n, "option '" + key + "' must be a number, not '" + s + "'");
  return value;
}

bool Options::flag(const std::string& key, bool fallback) {
  const NodeId n = node(key);
  if (n == kNoNode) return fallback;
  const std::string& s = m_file.yaml.scalar(n);
  if (s == "true") return true;
  if (s == "false") return false;
  fail(n, "option '" + key + "' must be true or false, not '" + s + "'");
}

std::string Options::choice(const std::string& key, const std::vector<std::string>& allowed,
                            std::optional<std::string> fallback) {
  std::string value = text(key, fallback);
  for (const auto& a : allowed)
    if (a == value) return value;
  std::string all;
  for (const auto& a : allowed) all += (all.empty() ? "" : ", ") + a;
  const std::string hint = nearest(value, allowed);
  fail(node(key), "option '" + key + "' is '" + value + "'; expected one of: " + all +
                      (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
}

void Options::finish(const std::vector<std::string>& also_allowed) const {
  for (auto [k, v] : m_file.yaml.entries(m_mapping)) {
    const std::string& name = m_file.yaml.scalar(k);
    if (m_read.count(name)) continue;
    bool allowed = false;
    for (const auto& a : also_allowed) allowed = allowed || a == name;
    if (allowed) continue;
    std::vector<std::string> known(m_read.begin(), m_read.end());
    known.insert(known.end(), also_allowed.begin(), also_allowed.end());
    const std::string hint = nearest(name, known);
    fail_at(m_file, k, "unknown option '" + name + "'" + (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
  }
}

}  // namespace lint
