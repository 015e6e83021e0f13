// indentation_violation: plain scalars continued on lines that are not indented past their parent.
#include <unordered_map>
#include <vector>

#include "lint/yaml/scalar_extent.h"
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

// Checks the document's nodes in source order; what it learns about each node is kept, not rescanned.
class IndentationCheck {
 public:
  IndentationCheck(std::string_view text, const YamlDocument& doc)
      : t(text), m_doc(doc), m_line_ends(text), m_below_flow(flow_ancestry(text, doc)) {}

  std::optional<StrictViolation> run() {
    for (NodeId id = 0; id < m_doc.size(); ++id)
      if (auto v = check(id)) return v;
    return std::nullopt;
  }

 private:
  // For every node, whether a collection above it is a flow collection. A parent is added before its
  // children, so one pass in id order sees every parent first.
  static std::vector<bool> flow_ancestry(std::string_view t, const YamlDocument& doc) {
    std::vector<bool> below_flow(doc.size(), false);
    for (NodeId id = 0; id < doc.size(); ++id) {
      const NodeId parent = doc.node(id).parent;
      if (parent == kNoNode) continue;
      const std::size_t at = doc.node(parent).range.begin;
      below_flow[id] = below_flow[parent] || at >= t.size() || t[at] == '[' || t[at] == '{';
    }
    return below_flow;
  }

  std::optional<StrictViolation> check(NodeId id) {
    if (auto v = properties_violation(id)) return v;
    const YamlNode& n = m_doc.node(id);
    if (n.kind != NodeKind::Scalar || n.quoted || n.parent == kNoNode || n.range.begin >= t.size()) return std::nullopt;
    if (m_below_flow[id]) return std::nullopt;
    // The length of the scalar's text on its first line, without a trailing comment or blanks.
    const std::size_t first_line_length = m_line_ends.end_from(n.range.begin) - n.range.begin;
    if (n.value.size() == first_line_length && key_without_colon(n))
      return StrictViolation{{n.range.begin, n.range.end}, "a mapping key needs ':' after it"};
    if (t[n.range.begin] == '|' || t[n.range.begin] == '>') return std::nullopt;
    if (n.value.size() <= first_line_length) return std::nullopt;  // not continued
    const auto next = next_content_line(t, n.range.begin);
    if (!next) return std::nullopt;
    const auto parent_column = collection_column(n.parent);
    if (!parent_column) return std::nullopt;
    const std::size_t indent = *next - line_begin(t, *next);
    if (indent <= *parent_column && t.substr(line_begin(t, *next), indent).find('\t') == std::string_view::npos)
      return StrictViolation{{*next, *next + 1},
                             "this line is not indented past its parent, so it cannot continue the value above"};
    return std::nullopt;
  }

  // The anchor and tag of a block value or item, where one starts its own line, must be indented
  // past the parent collection: yaml-cpp takes "key:\n&a\n- x" as if the anchor were indented.
  std::optional<StrictViolation> properties_violation(NodeId id) {
    const YamlNode& n = m_doc.node(id);
    const std::size_t at = n.range.begin;
    if (n.kind == NodeKind::Null || n.parent == kNoNode || m_below_flow[id] || at >= t.size() ||
        (t[at] != '&' && t[at] != '!'))
      return std::nullopt;
    if (n.key == kNoNode && m_doc.node(n.parent).kind != NodeKind::Sequence) return std::nullopt;  // a key
    std::optional<std::size_t> parent_column;
    for (std::size_t k = at; k < t.size() && (t[k] == '&' || t[k] == '!');) {
      const std::size_t begin = line_begin(t, k);
      const bool own_line = t.find_first_not_of(' ', begin) == k;
      if (own_line && !parent_column) parent_column = collection_column(n.parent).value_or(SIZE_MAX);
      if (own_line && *parent_column != SIZE_MAX && k - begin <= *parent_column)
        return StrictViolation{{k, k + 1},
                               "node properties on their own line must be indented past the parent collection"};
      k = skip_property(k);
    }
    return std::nullopt;
  }

  // Past one anchor or tag and the blanks, comments and line breaks after it.
  std::size_t skip_property(std::size_t k) const {
    while (k < t.size() && t[k] != ' ' && t[k] != '\t' && t[k] != '\n' && t[k] != '\r') ++k;
    while (k < t.size()) {
      if (t[k] == '#') k = line_end(t, k);
      if (k >= t.size() || (t[k] != ' ' && t[k] != '\t' && t[k] != '\n' && t[k] != '\r')) break;
      ++k;
    }
    return k;
  }

  // A plain key in a block mapping needs ':' after it on its line (unless it is an explicit '?' key).
  bool key_without_colon(const YamlNode& n) const {
    const bool is_key = m_doc.node(n.parent).kind == NodeKind::Mapping && n.key == kNoNode;
    if (!is_key) return false;
    std::size_t k = n.range.begin;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) --k;
    if (k > 0 && t[k - 1] == '?') return false;
    k = n.range.end;
    while (k < t.size() && (t[k] == ' ' || t[k] == '\t')) ++k;
    return k >= t.size() || t[k] != ':';
  }

  // The column a block collection is indented at: its first key (or the '?' of an explicit key), or
  // its dash. Kept per collection, since many continued scalars can share one.
  std::optional<std::size_t> collection_column(NodeId collection) {
    auto [it, is_new] = m_columns.try_emplace(collection);
    if (is_new) it->second = find_collection_column(m_doc.node(collection));
    return it->second;
  }

  std::optional<std::size_t> find_collection_column(const YamlNode& c) const {
    std::size_t at = c.range.begin;
    if (c.kind == NodeKind::Mapping && !c.children.empty()) at = m_doc.node(c.children[0]).range.begin;
    if (c.kind == NodeKind::Sequence && t[at] != '-') return std::nullopt;
    std::size_t k = at;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) --k;
    if (k > 0 && t[k - 1] == '?') at = k - 1;
    return at - line_begin(t, at);
  }

  std::string_view t;
  const YamlDocument& m_doc;
  PlainLineEnds m_line_ends;
  std::vector<bool> m_below_flow;
  std::unordered_map<NodeId, std::optional<std::size_t>> m_columns;
};

}  // namespace

std::optional<StrictViolation> indentation_violation(std::string_view t, const YamlDocument& doc) {
  return IndentationCheck(t, doc).run();
}

}  // namespace lint
