// load_settings: the settings file read with the project's YAML layer, every key and type checked
// with file:line:col, and find_settings: the nearest `.dsoplint.yaml` upward.
#include <algorithm>
#include <utility>

#include "lint/core/files.h"
#include "lint/core/suggest.h"
#include "lint/settings/settings.h"

namespace lint {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxSettingsBytes = 1024 * 1024;

const std::vector<std::string>& top_keys() {
  static const std::vector<std::string> kKeys{"rules",   "disable", "enable",   "severity",
                                              "fail_on", "options", "overrides"};
  return kKeys;
}

const std::vector<std::string>& override_keys() {
  static const std::vector<std::string> kKeys{"files", "disable", "enable", "severity"};
  return kKeys;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ", ";
    out += w;
  }
  return out;
}

// Reads one settings file, recording every error instead of stopping at the first.
class Reader {
 public:
  Reader(const RuleFile& file, Settings& settings) : m_file(file), m_y(file.yaml), m_out(settings) {}

  void read(NodeId root);
  std::vector<RuleFileError> errors;

 private:
  void error(NodeId at, const std::string& message) { errors.push_back(error_at(m_file, at, message)); }
  bool is_null(NodeId n) const { return n == kNoNode || m_y.node(m_y.resolve(n)).kind == NodeKind::Null; }
  void check_keys(NodeId mapping, const std::vector<std::string>& known, const std::string& where);
  std::vector<RuleName> names(NodeId n, const std::string& key);
  void read_selection(NodeId mapping, Selection& into);
  void read_severity(NodeId n, std::vector<SeverityChange>& into);
  void read_rules(NodeId n);
  void read_fail_on(NodeId n);
  void read_options(NodeId n);
  void read_overrides(NodeId n);
  void read_override(NodeId n);

  const RuleFile& m_file;
  const YamlDocument& m_y;
  Settings& m_out;
};

void Reader::read(NodeId root) {
  if (is_null(root)) return;  // an empty file (or only comments) changes nothing
  if (!m_y.is_mapping(root)) return error(root, "the settings file must be a mapping of " + joined(top_keys()));
  check_keys(root, top_keys(), "the settings");
  read_rules(m_y.get(root, "rules"));
  read_selection(root, m_out.selection);
  read_fail_on(m_y.get(root, "fail_on"));
  read_options(m_y.get(root, "options"));
  read_overrides(m_y.get(root, "overrides"));
}

void Reader::check_keys(NodeId mapping, const std::vector<std::string>& known, const std::string& where) {
  for (auto [k, v] : m_y.entries(mapping)) {
    const std::string& key = m_y.scalar(k);
    bool found = false;
    for (const auto& name : known) found = found || name == key;
    if (found) continue;
    const std::string hint = nearest(key, known);
    error(k, "unknown key '" + key + "' in " + where +
                 (hint.empty() ? "; expected one of: " + joined(known) : "; did you mean '" + hint + "'?"));
  }
}

// A single value or a list of single values (rule names, paths, globs); null is an empty list.
std::vector<RuleName> Reader::names(NodeId n, const std::string& key) {
  std::vector<RuleName> out;
  if (is_null(n)) return out;
  if (m_y.is_scalar(n)) return {{m_y.scalar(n), n}};
  if (!m_y.is_sequence(n)) {
    error(n, "'" + key + "' must be a value or a list of values");
    return out;
  }
  for (NodeId item : m_y.node(m_y.resolve(n)).children) {
    if (!m_y.is_scalar(item) || m_y.scalar(item).empty())
      error(item, "items of '" + key + "' must be single, non-empty values");
    else
      out.push_back({m_y.scalar(item), item});
  }
  return out;
}

void Reader::read_selection(NodeId mapping, Selection& into) {
  into.disable = names(m_y.get(mapping, "disable"), "disable");
  into.enable = names(m_y.get(mapping, "enable"), "enable");
  read_severity(m_y.get(mapping, "severity"), into.severity);
}

void Reader::read_severity(NodeId n, std::vector<SeverityChange>& into) {
  if (is_null(n)) return;
  if (!m_y.is_mapping(n)) return error(n, "'severity' must map a rule to error, warning or info");
  const std::vector<std::string> allowed{"error", "warning", "info"};
  for (auto [k, v] : m_y.entries(n)) {
    const auto severity = m_y.is_scalar(v) ? parse_severity(m_y.scalar(v)) : std::nullopt;
    if (!severity) {
      const std::string hint = nearest(m_y.scalar(v), allowed);
      error(v, "the severity of '" + m_y.scalar(k) + "' must be error, warning or info" +
                   (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
      continue;
    }
    into.push_back({{m_y.scalar(k), k}, *severity});
  }
}

void Reader::read_rules(NodeId n) {
  for (const RuleName& entry : names(n, "rules")) {
    // Beside the settings file as it was named, so rule files keep short, stable names in reports.
    const fs::path path = (fs::path(m_out.path).parent_path() / entry.name).lexically_normal();
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      error(entry.node, "the rule path '" + entry.name + "' does not exist (paths are relative to the settings file)");
      continue;
    }
    m_out.rules.push_back(path.string());
  }
}

void Reader::read_fail_on(NodeId n) {
  if (is_null(n)) return;
  const std::vector<std::string> allowed{"error", "warning", "info", "never"};
  const std::string value = m_y.is_scalar(n) ? m_y.scalar(n) : "";
  for (const auto& a : allowed)
    if (a == value) {
      m_out.fail_on = value;
      return;
    }
  const std::string hint = nearest(value, allowed);
  const std::string given = m_y.is_scalar(n) ? ", not '" + value + "'" : "";
  error(n, "'fail_on' must be error, warning, info or never" + given +
               (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
}

void Reader::read_options(NodeId n) {
  if (is_null(n)) return;
  if (!m_y.is_mapping(n)) return error(n, "'options' must map a rule to a mapping of its options");
  for (auto [k, v] : m_y.entries(n)) {
    if (!m_y.is_mapping(v)) {
      error(v, "the options of '" + m_y.scalar(k) + "' must be a mapping of option names to values");
      continue;
    }
    m_out.options.push_back({{m_y.scalar(k), k}, m_y.resolve(v)});
  }
}

void Reader::read_overrides(NodeId n) {
  if (is_null(n)) return;
  if (!m_y.is_sequence(n)) return error(n, "'overrides' must be a list of mappings, each with 'files'");
  for (NodeId item : m_y.node(m_y.resolve(n)).children) read_override(item);
}

void Reader::read_override(NodeId n) {
  if (!m_y.is_mapping(n)) return error(n, "an override must be a mapping with 'files'");
  check_keys(n, override_keys(), "an override");
  PathOverride o;
  const NodeId files = m_y.get(n, "files");
  for (const RuleName& glob : names(files, "files")) o.files.push_back(glob.name);
  if (o.files.empty() && (files == kNoNode || is_null(files) || m_y.is_sequence(files)))
    error(files == kNoNode ? n : files, "an override needs 'files': the globs of the files it applies to");
  read_selection(n, o.selection);
  m_out.overrides.push_back(std::move(o));
}

std::string parse_issue_text(const ParseIssue& issue) {
  return issue.kind == ParseIssue::Kind::DuplicateKey ? "duplicate key '" + issue.detail + "'" : issue.detail;
}

// The parsed file; throws with every YAML error.
std::shared_ptr<RuleFile> parse_settings(const std::string& path) {
  auto bytes = read_file(path, kMaxSettingsBytes);
  if (auto* failure = std::get_if<ReadFailure>(&bytes))
    throw SettingsErrors({RuleFileError(path, std::nullopt, "the settings file " + read_failure_text(*failure))});
  auto file = std::make_shared<RuleFile>();
  file->source = SourceFile(path, std::move(std::get<std::string>(bytes)));
  if (auto bad = first_invalid_utf8(file->source.text()))
    throw SettingsErrors({RuleFileError(path, file->source.position(*bad), "the settings file is not valid UTF-8")});
  ParsedYaml parsed = parse_yaml(file->source);
  std::vector<RuleFileError> errors;
  for (const ParseIssue& issue : parsed.issues)
    errors.emplace_back(path, file->source.position(issue.range.begin), parse_issue_text(issue));
  if (parsed.documents.size() > 1)
    errors.emplace_back(path, std::nullopt, "the settings file must hold one YAML document");
  if (!errors.empty()) throw SettingsErrors(std::move(errors));
  if (!parsed.documents.empty()) file->yaml = std::move(parsed.documents[0]);
  return file;
}

}  // namespace

SettingsErrors::SettingsErrors(std::vector<RuleFileError> errors)
    : std::runtime_error(joined(errors)), m_errors(std::move(errors)) {}

Settings load_settings(const std::string& path) {
  Settings settings;
  settings.path = path;
  std::error_code ec;
  settings.folder = fs::absolute(fs::path(path), ec).lexically_normal().parent_path();
  auto file = parse_settings(path);
  Reader reader(*file, settings);
  reader.read(file->yaml.root());
  if (!reader.errors.empty()) {
    std::stable_sort(reader.errors.begin(), reader.errors.end(), [](const RuleFileError& a, const RuleFileError& b) {
      const Position pa = a.position().value_or(Position{}), pb = b.position().value_or(Position{});
      return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
    });
    throw SettingsErrors(std::move(reader.errors));
  }
  settings.file = std::move(file);
  return settings;
}

std::string find_settings(const fs::path& start) {
  std::error_code ec;
  fs::path dir = start.empty() ? fs::current_path(ec) : fs::absolute(start, ec);
  if (ec) return "";
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (dir = dir.lexically_normal(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::is_regular_file(dir / kSettingsFileName, ec)) {
      const fs::path rel = fs::relative(dir / kSettingsFileName, fs::current_path(ec), ec);
      return ec || rel.empty() ? (dir / kSettingsFileName).string() : rel.string();
    }
    if (dir == dir.parent_path()) break;
  }
  return "";
}

}  // namespace lint
