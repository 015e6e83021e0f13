// parse_yaml: builds YamlDocuments from yaml-cpp events, checking duplicates and limits as it goes.
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "lint/yaml/scalar_extent.h"
#include "lint/yaml/yaml_strict.h"
#include "lint/yaml/yaml_tree.h"

namespace lint {

namespace {

// Thrown from the event handler to stop parsing at a safety limit.
struct LimitHit {
  ByteRange range;
  std::string detail;
};

// Thrown when yaml-cpp starts a document where the previous one started: it reads nothing more
// (after a ',' outside a flow collection it would hand out empty documents forever).
struct NoProgress {
  std::size_t at;
};

std::size_t mark_offset(const YAML::Mark& mark, std::size_t size) {
  if (mark.pos < 0) return 0;
  return std::min(static_cast<std::size_t>(mark.pos), size);
}

std::size_t saturating_add(std::size_t a, std::size_t b) { return a > SIZE_MAX - b ? SIZE_MAX : a + b; }

std::string no_progress_detail(std::string_view text, std::size_t at) {
  const char c = at < text.size() ? text[at] : '\0';
  if (c == ',') return "a ',' outside a flow collection ([ ] or { })";
  if (c > ' ' && c < 0x7F) return std::string("unexpected '") + c + "'; the parser cannot read on from here";
  return "the parser cannot read on from here";
}

}  // namespace

/// Receives yaml-cpp events and appends nodes to the current document.
class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceFile& source, const ParseLimits& limits, ParsedYaml& out)
      : m_source(source), m_limits(limits), m_out(out), m_extents(source.text()) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    const std::size_t at = offset(mark);
    if (!m_out.documents.empty() && at == m_document_start) throw NoProgress{at};
    check_document_start(at);
    m_document_start = at;
    m_out.documents.emplace_back();
    m_anchors.clear();
    m_open.clear();
    m_weight.clear();
    m_is_open.clear();
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const std::size_t at = offset(mark);
    NodeId id = add(NodeKind::Null, {at, at});
    remember(anchor, id);
    attach(id);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const std::size_t at = offset(mark);
    auto it = m_anchors.find(anchor);
    if (it == m_anchors.end()) throw LimitHit{{at, at + 1}, "an alias names an unknown anchor"};
    const NodeId target = it->second;
    if (m_is_open[target]) throw LimitHit{{at, at + 1}, "an alias refers to a node that contains it"};
    m_expanded = saturating_add(m_expanded, m_weight[target]);
    if (m_expanded > m_limits.max_alias_expansion) {
      throw LimitHit{{at, at + 1},
                     "aliases expand to more than " + std::to_string(m_limits.max_alias_expansion) + " nodes"};
    }
    NodeId id = add(NodeKind::Alias, {at, alias_end(at)});
    doc().m_nodes[id].target = target;
    m_weight[id] = m_weight[target];
    attach(id);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const std::size_t at = offset(mark);
    const bool quoted = tag == "!";
    check_tag(tag, at);
    NodeId id = add(NodeKind::Scalar, {at, m_extents.end(at, value)});
    YamlNode& n = doc().m_nodes[id];
    n.value = value;
    n.quoted = quoted;
    remember(anchor, id);
    attach(id);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(NodeKind::Sequence, mark, tag, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(NodeKind::Mapping, mark, tag, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { close(); }

  /// Where the innermost collection still open starts, if any (for syntax errors and deep nesting).
  std::optional<ByteRange> innermost_open() {
    if (m_open.empty() || m_out.documents.empty()) return std::nullopt;
    const std::size_t at = doc().m_nodes[m_open.back().id].range.begin;
    return ByteRange{at, std::min(at + 1, m_source.size())};
  }

 private:
  struct Open {
    NodeId id;
    bool flow;
    std::unordered_map<std::string, NodeId> first_key;  // each scalar key seen so far (mappings only)
  };

  YamlDocument& doc() { return m_out.documents.back(); }

  // What lies before a document: its %TAG handles; after the first, no content of the one before.
  void check_document_start(std::size_t at) {
    const auto text = m_source.text();
    const bool first = m_out.documents.empty();
    // yaml-cpp splits a root block scalar's column-0 lines into documents of their own; those last
    // until a marker line.
    const bool after_block = !first && (root_is_block_scalar() || m_block_split);
    DocumentGap gap = scan_document_gap(text, first ? 0 : previous_content_end(), at, after_block);
    if (!first && gap.early_directive && continues_root_plain_scalar(*gap.early_directive)) gap.early_directive.reset();
    if (!first) {
      if (auto v = document_start_violation(text, at, gap)) {
        if (at < text.size() && text[at] == ',') throw NoProgress{at};  // its own, clearer message
        throw *v;
      }
    }
    const auto marker = text.substr(at, 3);
    m_block_split = after_block && marker != "---" && marker != "...";
    m_tag_handles = gap.tag_handles;
  }

  std::size_t previous_content_end() {
    const NodeId root = doc().m_root;
    if (root == kNoNode) return m_document_start;
    const YamlNode& n = doc().m_nodes[root];
    return n.kind == NodeKind::Null ? n.range.begin : n.range.end;
  }

  // Whether the '%' line at `line` is a continuation line of the previous document's plain root
  // scalar ("a\n%b" is "a %b"): yaml-cpp then folded its text into the value.
  bool continues_root_plain_scalar(std::size_t line) {
    const NodeId root = doc().m_root;
    if (root == kNoNode || doc().m_nodes[root].kind != NodeKind::Scalar || doc().m_nodes[root].quoted) return false;
    const auto text = m_source.text();
    std::size_t end = line;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r' &&
           !(text[end] == '#' && (text[end - 1] == ' ' || text[end - 1] == '\t')))
      ++end;
    while (end > line && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    return doc().m_nodes[root].value.find(text.substr(line, end - line)) != std::string::npos;
  }

  bool root_is_block_scalar() {
    const NodeId root = doc().m_root;
    if (root == kNoNode || doc().m_nodes[root].kind != NodeKind::Scalar) return false;
    const auto text = m_source.text();
    std::size_t k = doc().m_nodes[root].range.begin;
    while (k < text.size() && (text[k] == '&' || text[k] == '!')) {  // skip the node's properties
      while (k < text.size() && !std::isspace(static_cast<unsigned char>(text[k]))) ++k;
      while (k < text.size() && std::isspace(static_cast<unsigned char>(text[k]))) ++k;
    }
    return k < text.size() && (text[k] == '|' || text[k] == '>');
  }

  void check_tag(const std::string& tag, std::size_t at) const {
    if (tag.empty() || tag == "?" || tag == "!") return;
    if (auto v = undeclared_tag_handle(m_source.text(), at, m_tag_handles)) throw *v;
  }
  std::size_t offset(const YAML::Mark& mark) const { return mark_offset(mark, m_source.size()); }

  std::size_t alias_end(std::size_t at) const {
    const auto text = m_source.text();
    std::size_t end = at + 1;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != ',' &&
           text[end] != ']' && text[end] != '}')
      ++end;
    return end;
  }

  // Just after the `]` or `}` that closes a flow collection whose content ends at `from`.
  std::size_t flow_end(std::size_t from) const {
    const auto text = m_source.text();
    for (std::size_t i = from; i < text.size(); ++i) {
      const char c = text[i];
      if (c == ']' || c == '}') return i + 1;
      if (c == '#') {
        while (i < text.size() && text[i] != '\n') ++i;
      } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',') {
        return from;
      }
    }
    return from;
  }

  NodeId add(NodeKind kind, ByteRange range) {
    auto& nodes = doc().m_nodes;
    if (nodes.size() >= m_limits.max_nodes) {
      throw LimitHit{range, "the document has more than " + std::to_string(m_limits.max_nodes) + " nodes"};
    }
    nodes.push_back(YamlNode{kind, false, range, kNoNode, kNoNode, kNoNode, {}, {}});
    m_weight.push_back(1);
    m_is_open.push_back(false);
    return static_cast<NodeId>(nodes.size() - 1);
  }

  void remember(YAML::anchor_t anchor, NodeId id) {
    if (anchor != YAML::NullAnchor) m_anchors[anchor] = id;
  }

  void open(NodeKind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, bool flow) {
    if (m_open.size() >= m_limits.max_depth) {
      const std::size_t at = offset(mark);
      throw LimitHit{{at, at + 1}, "nesting is deeper than " + std::to_string(m_limits.max_depth) + " levels"};
    }
    const std::size_t at = offset(mark);
    check_tag(tag, at);
    NodeId id = add(kind, {at, at});
    remember(anchor, id);
    attach(id);
    m_open.push_back(Open{id, flow, {}});
    m_is_open[id] = true;
  }

  void close() {
    if (m_open.empty()) return;
    const NodeId id = m_open.back().id;
    const bool flow = m_open.back().flow;
    m_open.pop_back();
    m_is_open[id] = false;
    auto& nodes = doc().m_nodes;
    std::size_t weight = 1;
    for (NodeId c : nodes[id].children) {
      weight = saturating_add(weight, m_weight[c]);
      nodes[id].range.end = std::max(nodes[id].range.end, nodes[c].range.end);
    }
    if (flow) nodes[id].range.end = flow_end(std::max(nodes[id].range.end, nodes[id].range.begin + 1));
    m_weight[id] = weight;
  }

  // Links a finished node to the open collection (or makes it the root).
  void attach(NodeId id) {
    auto& nodes = doc().m_nodes;
    if (m_open.empty()) {
      if (doc().m_root == kNoNode) doc().m_root = id;
      return;
    }
    Open& parent = m_open.back();
    YamlNode& p = nodes[parent.id];
    const bool is_value = p.kind == NodeKind::Mapping && p.children.size() % 2 == 1;
    p.children.push_back(id);
    nodes[id].parent = parent.id;
    if (is_value) {
      nodes[id].key = p.children[p.children.size() - 2];
    } else if (p.kind == NodeKind::Mapping) {
      check_duplicate(parent, id);
    }
  }

  void check_duplicate(Open& parent, NodeId key) {
    const YamlNode& k = doc().m_nodes[key];
    if (k.kind != NodeKind::Scalar && k.kind != NodeKind::Null) return;
    std::string name = k.kind == NodeKind::Null ? std::string("\0null", 5) : k.value;
    const auto [seen, is_new] = parent.first_key.try_emplace(std::move(name), key);
    if (is_new) return;
    const ByteRange first = doc().m_nodes[seen->second].range;
    m_out.issues.push_back({ParseIssue::Kind::DuplicateKey, k.range, k.value, first});
  }

  const SourceFile& m_source;
  const ParseLimits& m_limits;
  ParsedYaml& m_out;
  std::map<YAML::anchor_t, NodeId> m_anchors;
  std::vector<Open> m_open;
  std::vector<std::size_t> m_weight;  // expanded size of each node, per document
  std::vector<bool> m_is_open;        // whether each node is a collection still open, per document
  std::size_t m_expanded = 0;
  std::size_t m_document_start = 0;
  std::vector<std::string> m_tag_handles;  // the named tag handles the current document declares
  bool m_block_split = false;              // the current document is a line of a root block scalar
  ScalarExtents m_extents;
};

namespace {

// YAML counts a lone CR as a line break but yaml-cpp does not: give it LF in the same place, so
// every byte offset stays the same.
std::string with_line_feeds(std::string text) {
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) text[i] = '\n';
  return text;
}

// Runs yaml-cpp over `text` (the source's bytes, or a respelling with the same offsets); true when
// yaml-cpp itself rejected it.
bool run_parser(const SourceFile& source, std::string text, const ParseLimits& limits, ParsedYaml& out) {
  std::istringstream in{std::move(text)};
  TreeBuilder builder(source, limits, out);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const NoProgress& stuck) {
    const ByteRange where{stuck.at, std::min(stuck.at + 1, source.size())};
    out.issues.push_back({ParseIssue::Kind::Syntax, where, no_progress_detail(source.text(), stuck.at), where});
    out.stopped = true;
  } catch (const StrictViolation& v) {
    out.issues.push_back({ParseIssue::Kind::Syntax, v.range, v.detail, v.range});
    out.stopped = true;
  } catch (const LimitHit& hit) {
    out.issues.push_back({ParseIssue::Kind::Limit, hit.range, hit.detail, {}});
    out.stopped = true;
  } catch (const YAML::DeepRecursion& e) {
    const std::size_t at = mark_offset(e.mark, source.size());
    const ByteRange where = builder.innermost_open().value_or(ByteRange{at, at + 1});
    out.issues.push_back({ParseIssue::Kind::Limit, where, "nesting is deeper than the parser's limit", {}});
    out.stopped = true;
  } catch (const YAML::Exception& e) {
    const std::size_t at = mark_offset(e.mark, source.size());
    const ByteRange where{at, std::min(at + 1, source.size())};
    out.issues.push_back({ParseIssue::Kind::Syntax, where, e.msg, builder.innermost_open().value_or(where)});
    out.stopped = true;
    return true;
  }
  return false;
}

}  // namespace

ParsedYaml parse_yaml(const SourceFile& source, const ParseLimits& limits) {
  ParsedYaml out;
  std::string text = with_line_feeds(std::string(source.text()));
  if (run_parser(source, text, limits, out)) {
    // Valid layouts yaml-cpp rejects (a flow key's ':' on the next line, a tab on a blank line):
    // try once more with them respelled, and keep that reading only if yaml-cpp accepts it.
    std::string retry = with_line_feeds(yaml_cpp_retry_input(source.text()));
    ParsedYaml again;
    if (retry != text && !run_parser(source, std::move(retry), limits, again)) out = std::move(again);
  }
  if (!out.stopped) {
    std::optional<StrictViolation> v = lexical_violation(source.text());
    for (std::size_t d = 0; !v && d < out.documents.size(); ++d)
      v = indentation_violation(source.text(), out.documents[d]);
    if (v) {
      out.issues.push_back({ParseIssue::Kind::Syntax, v->range, v->detail, v->range});
      out.stopped = true;
    }
  }
  return out;
}

}  // namespace lint
