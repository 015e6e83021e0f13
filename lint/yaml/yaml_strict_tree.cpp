// indentation_violation: plain scalars continued on lines that are not indented past their parent.
#include "lint/yaml/yaml_strict.h"

namespace lint {

namespace {

std::size_t line_begin(std::string_view t, std::size_t at) {
  while (at > 0 && t[at - 1] != '\n' && t[at - 1] != '\r') --at;
  return at;
}

std::size_t line_end(std::string_view t, std::size_t at) {
  while (at < t.size() && t[at] != '\n' && t[at] != '\r') ++at;
  return at;
}

// The first line after `from` with content other than a comment; returns its first non-space offset.
std::optional<std::size_t> next_content_line(std::string_view t, std::size_t from) {
  std::size_t i = line_end(t, from);
  while (i < t.size()) {
    while (i < t.size() && (t[i] == '\n' || t[i] == '\r')) ++i;
    std::size_t k = i;
    while (k < t.size() && (t[k] == ' ' || t[k] == '\t')) ++k;
    if (k < t.size() && t[k] != '\n' && t[k] != '\r' && t[k] != '#') return k;
    i = line_end(t, k);
  }
  return std::nullopt;
}

// The length of the scalar's text on its first line, without a trailing comment or blanks.
std::size_t first_line_length(std::string_view t, std::size_t begin) {
  const std::size_t end = line_end(t, begin);
  std::size_t last = begin;
  for (std::size_t i = begin; i < end; ++i) {
    if (t[i] == '#' && i > begin && (t[i - 1] == ' ' || t[i - 1] == '\t')) break;
    if (t[i] != ' ' && t[i] != '\t') last = i + 1;
  }
  return last - begin;
}

// True when no collection above the node is a flow collection.
bool in_block_context(std::string_view t, const YamlDocument& doc, NodeId parent) {
  for (; parent != kNoNode; parent = doc.node(parent).parent) {
    const std::size_t at = doc.node(parent).range.begin;
    if (at >= t.size() || t[at] == '[' || t[at] == '{') return false;
  }
  return true;
}

// The column a block collection is indented at: its first key (or the '?' of an explicit key), or its dash.
std::optional<std::size_t> collection_column(std::string_view t, const YamlDocument& doc, const YamlNode& c) {
  std::size_t at = c.range.begin;
  if (c.kind == NodeKind::Mapping && !c.children.empty()) at = doc.node(c.children[0]).range.begin;
  if (c.kind == NodeKind::Sequence && t[at] != '-') return std::nullopt;
  std::size_t k = at;
  while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) --k;
  if (k > 0 && t[k - 1] == '?') at = k - 1;
  return at - line_begin(t, at);
}

// A plain key in a block mapping needs ':' after it on its line (unless it is an explicit '?' key).
bool key_without_colon(std::string_view t, const YamlDocument& doc, NodeId id) {
  const YamlNode& n = doc.node(id);
  const YamlNode& parent = doc.node(n.parent);
  if (parent.kind != NodeKind::Mapping) return false;
  bool is_key = false;
  for (std::size_t i = 0; i < parent.children.size(); i += 2) is_key = is_key || parent.children[i] == id;
  if (!is_key) return false;
  std::size_t k = n.range.begin;
  while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) --k;
  if (k > 0 && t[k - 1] == '?') return false;
  k = n.range.end;
  while (k < t.size() && (t[k] == ' ' || t[k] == '\t')) ++k;
  return k >= t.size() || t[k] != ':';
}

}  // namespace

std::optional<StrictViolation> indentation_violation(std::string_view t, const YamlDocument& doc) {
  for (NodeId id = 0; id < doc.size(); ++id) {
    const YamlNode& n = doc.node(id);
    if (n.kind == NodeKind::Scalar && !n.quoted && n.parent != kNoNode && n.range.begin < t.size() &&
        n.value.size() == first_line_length(t, n.range.begin) && in_block_context(t, doc, n.parent) &&
        key_without_colon(t, doc, id))
      return StrictViolation{{n.range.begin, n.range.end}, "a mapping key needs ':' after it"};
    if (n.kind != NodeKind::Scalar || n.quoted || n.parent == kNoNode || n.range.begin >= t.size()) continue;
    const YamlNode& parent = doc.node(n.parent);
    if (!in_block_context(t, doc, n.parent) || t[n.range.begin] == '|' || t[n.range.begin] == '>') continue;
    if (n.value.size() <= first_line_length(t, n.range.begin)) continue;  // not continued
    const auto next = next_content_line(t, n.range.begin);
    if (!next) continue;
    const auto parent_column = collection_column(t, doc, parent);
    if (!parent_column) continue;
    const std::size_t indent = *next - line_begin(t, *next);
    if (indent <= *parent_column && t.substr(line_begin(t, *next), indent).find('\t') == std::string_view::npos)
      return StrictViolation{{*next, *next + 1}, "this line is not indented past its parent, so it cannot continue the value above"};
  }
  return std::nullopt;
}

}  // namespace lint
