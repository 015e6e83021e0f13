// Selector resolution and rule conditions.
#include "lint/ruleset/selector.h"

#include <algorithm>
#include <string_view>

#include "lint/ruleset/paths.h"

namespace lint {

namespace {

// The dot-separated parts of a selector, as views into it.
std::vector<std::string_view> split(std::string_view selector) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t dot = selector.find('.', start);
    parts.push_back(selector.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos) return parts;
    start = dot + 1;
  }
}

// The children a `*` stands for: mapping values with their keys, or list items with their indexes.
void expand_wildcard(const YamlDocument& y, const Target& at, std::vector<Target>& out) {
  const NodeId node = y.resolve(at.node);
  if (y.is_mapping(node)) {
    for (auto [k, v] : y.entries(node)) out.push_back({v, node, y.scalar(k), join_path(at.path, y.scalar(k)), ""});
  } else if (y.is_sequence(node)) {
    const auto& items = y.node(node).children;
    for (std::size_t i = 0; i < items.size(); ++i)
      out.push_back({items[i], node, std::to_string(i), join_path(at.path, std::to_string(i)), ""});
  }
}

}  // namespace

namespace {

// The targets one selector part names under each of `from`. An absent field is kept only when it
// is the selector's last part (a rule may report it); an absent target leads nowhere.
std::vector<Target> step(const YamlDocument& y, const std::vector<Target>& from, std::string_view part, bool last) {
  std::vector<Target> next;
  for (const Target& t : from) {
    if (t.node == kNoNode) continue;
    if (part == "*") {
      expand_wildcard(y, t, next);
      continue;
    }
    const NodeId node = y.resolve(t.node);
    if (!y.is_mapping(node)) continue;
    const NodeId child = y.get(node, part);
    if (child != kNoNode || last) next.push_back({child, node, std::string(part), join_path(t.path, part), ""});
  }
  return next;
}

void set_envs(std::vector<Target>& targets) {
  for (Target& t : targets) t.env = env_of(t.path);
}

}  // namespace

std::vector<Target> select_targets(const YamlDocument& y, const std::string& selector) {
  std::vector<Target> current{{y.root(), kNoNode, "", "", ""}};
  if (selector.empty() || selector == "$") return current;
  const auto parts = split(selector);
  for (std::size_t i = 0; i < parts.size(); ++i) current = step(y, current, parts[i], i + 1 == parts.size());
  set_envs(current);
  return current;
}

TargetMemo::TargetMemo(const YamlDocument& yaml) : m_yaml(yaml), m_root{{yaml.root(), kNoNode, "", "", ""}} {}

const std::vector<Target>& TargetMemo::of(const std::string& selector) {
  if (selector.empty() || selector == "$") return m_root;
  return resolved(selector);
}

// A selector's targets from its prefix's (up to the last dot), so selectors that share a prefix
// resolve it once.
const std::vector<Target>& TargetMemo::resolved(std::string_view selector) {
  const auto it = m_by_selector.find(selector);
  if (it != m_by_selector.end()) return it->second;
  const std::size_t dot = selector.rfind('.');
  const std::vector<Target>& base = dot == std::string_view::npos ? m_root : resolved(selector.substr(0, dot));
  std::vector<Target> targets =
      step(m_yaml, base, dot == std::string_view::npos ? selector : selector.substr(dot + 1), true);
  set_envs(targets);
  return m_by_selector.emplace(std::string(selector), std::move(targets)).first->second;
}

const std::vector<Target>& targets_in(const CheckContext& ctx, const std::string& selector,
                                      std::vector<Target>& scratch) {
  if (ctx.targets) return ctx.targets->of(selector);
  scratch = select_targets(ctx.yaml(), selector);
  return scratch;
}

bool condition_holds(const YamlDocument& y, const Condition& when, const Target& target) {
  if (!when.envs.empty() && std::find(when.envs.begin(), when.envs.end(), target.env) == when.envs.end()) return false;
  for (const auto& [path, values] : when.equals) {
    const NodeId n = lookup_path(y, with_env(path, target.env));
    if (!y.is_scalar(n) || std::find(values.begin(), values.end(), y.scalar(n)) == values.end()) return false;
  }
  for (const auto& path : when.exists)
    if (lookup_path(y, with_env(path, target.env)) == kNoNode) return false;
  for (const auto& path : when.absent)
    if (lookup_path(y, with_env(path, target.env)) != kNoNode) return false;
  return true;
}

}  // namespace lint
