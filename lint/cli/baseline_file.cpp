// Reading and writing baseline files, with file:line:col for a malformed one.
#include "lint/cli/baseline_file.h"

#include <algorithm>
#include <fstream>
#include <variant>

#include "lint/core/files.h"
#include "lint/format/json_writer.h"
#include "lint/yaml/yaml_tree.h"

namespace lint {

namespace {

constexpr std::size_t kMaxBaselineBytes = 64 * 1024 * 1024;

class Reader {
 public:
  Reader(const SourceFile& source, const YamlDocument& doc) : m_source(source), m_doc(doc) {}

  [[noreturn]] void fail(NodeId at, const std::string& what) const {
    const Position p = m_source.position(at == kNoNode ? 0 : m_doc.node(at).range.begin);
    throw BaselineError(m_source.path() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                        ": not a dsoplint baseline: " + what);
  }

  std::string text(NodeId entry, const char* key) const {
    const NodeId n = m_doc.get(entry, key);
    if (n == kNoNode || !m_doc.is_scalar(n) || m_doc.scalar(n).empty())
      fail(n == kNoNode ? entry : n, std::string("each finding needs a non-empty '") + key + "'");
    return m_doc.scalar(n);
  }

  std::size_t count(NodeId entry) const {
    const NodeId n = m_doc.get(entry, "count");
    if (n == kNoNode) return 1;
    const std::string& s = m_doc.scalar(n);
    if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos || s == "0")
      fail(n, "'count' must be a whole number from 1");
    return std::stoul(s);
  }

  BaselineEntry entry(NodeId e) const {
    if (!m_doc.is_mapping(e)) fail(e, "each finding must be an object with rule, file and where");
    for (const auto& [k, v] : m_doc.entries(e)) {
      const std::string& key = m_doc.scalar(k);
      if (key != "rule" && key != "file" && key != "where" && key != "count")
        fail(k, "unknown key '" + key + "'; expected rule, file, where or count");
    }
    return {{text(e, "rule"), text(e, "file"), text(e, "where")}, count(e)};
  }

  std::vector<BaselineEntry> entries() const {
    const NodeId root = m_doc.root();
    if (root == kNoNode || !m_doc.is_mapping(root)) fail(root, "expected a JSON object");
    const NodeId version = m_doc.get(root, "dsoplintBaseline");
    if (version == kNoNode || m_doc.scalar(version) != "1")
      fail(version == kNoNode ? root : version, "expected \"dsoplintBaseline\": 1");
    const NodeId list = m_doc.get(root, "findings");
    if (list == kNoNode || !m_doc.is_sequence(list)) fail(list == kNoNode ? root : list, "expected a 'findings' list");
    std::vector<BaselineEntry> out;
    for (NodeId e : m_doc.node(m_doc.resolve(list)).children) out.push_back(entry(m_doc.resolve(e)));
    return out;
  }

 private:
  const SourceFile& m_source;
  const YamlDocument& m_doc;
};

// Entries with equal keys (a hand-merged file) add up; the result is sorted.
std::vector<BaselineEntry> merged(std::vector<BaselineEntry> entries) {
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  std::vector<BaselineEntry> out;
  for (BaselineEntry& e : entries) {
    if (!out.empty() && out.back().key == e.key)
      out.back().count += e.count;
    else
      out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

Baseline read_baseline(const std::string& path) {
  auto bytes = read_file(path, kMaxBaselineBytes);
  if (const auto* failure = std::get_if<ReadFailure>(&bytes))
    throw BaselineError("cannot read the baseline '" + path + "': " + read_failure_text(*failure));
  const SourceFile source(path, std::move(std::get<std::string>(bytes)));
  const ParsedYaml parsed = parse_yaml(source);
  if (!parsed.issues.empty()) {
    const Position p = source.position(parsed.issues.front().range.begin);
    throw BaselineError(path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                        ": not a dsoplint baseline: the file is not valid JSON (" + parsed.issues.front().detail + ")");
  }
  if (parsed.documents.size() != 1)
    throw BaselineError(path + ":1:1: not a dsoplint baseline: expected one JSON object");
  return {path, merged(Reader(source, parsed.documents.front()).entries())};
}

void write_baseline_json(std::ostream& out, const Baseline& baseline) {
  out << "{\n  \"dsoplintBaseline\": 1,\n  \"findings\": [";
  const char* separator = "\n";
  for (const BaselineEntry& e : baseline.entries) {
    out << separator << "    {\"rule\": ";
    write_json_string(out, e.key.rule);
    out << ", \"file\": ";
    write_json_string(out, e.key.file);
    out << ", \"where\": ";
    write_json_string(out, e.key.where);
    if (e.count > 1) out << ", \"count\": " << e.count;
    out << "}";
    separator = ",\n";
  }
  out << (baseline.entries.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

void write_baseline(const Baseline& baseline) {
  std::ofstream file(baseline.path);
  if (!file) throw BaselineError("cannot write the baseline '" + baseline.path + "'");
  write_baseline_json(file, baseline);
  if (!file.flush()) throw BaselineError("cannot write the baseline '" + baseline.path + "'");
}

}  // namespace lint
