// RulePolicy: settings resolved against the loaded rules (names, severities, options) and asked
// per rule and file while linting.
#include "lint/settings/rule_policy.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "lint/core/suggest.h"
#include "lint/ruleset/kind_table.h"
#include "lint/settings/glob.h"

namespace lint {

namespace fs = std::filesystem;

namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The letters an id starts with: `OPS` for OPS003.
std::string letters_of(const std::string& id) {
  std::size_t n = 0;
  while (n < id.size() && std::isalpha(static_cast<unsigned char>(id[n]))) ++n;
  return id.substr(0, n);
}

// The rules a name selects: its id or slug, or every id it begins (the letters at least: `OPS`, `TXT01`).
std::vector<std::size_t> selected_by(const Catalog& catalog, const std::string& name) {
  std::vector<std::size_t> out;
  const auto& rules = catalog.rules();
  if (const Rule* exact = catalog.find(name)) return {static_cast<std::size_t>(exact - rules.data())};
  const std::string prefix = upper(name);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const std::string& id = rules[i].id;
    if (id.rfind(prefix, 0) == 0 && prefix.size() >= letters_of(id).size()) out.push_back(i);
  }
  return out;
}

std::vector<std::string> rule_names(const Catalog& catalog, bool with_prefixes) {
  std::set<std::string> prefixes;
  std::vector<std::string> names;
  for (const Rule& r : catalog.rules()) {
    names.push_back(r.id);
    names.push_back(r.slug);
    if (with_prefixes) prefixes.insert(letters_of(r.id));
  }
  names.insert(names.end(), prefixes.begin(), prefixes.end());
  return names;
}

std::string unknown_rule(const std::string& name, const std::vector<std::string>& names) {
  const std::string hint = nearest(name, names);
  return "no rule '" + name + "'" +
         (hint.empty() ? "; run 'dsoplint rules' to list them" : "; did you mean '" + hint + "'?");
}

// Resolves names against the catalog into `states`, recording unknown names in `errors`.
class Resolver {
 public:
  Resolver(const Settings& settings, const Catalog& catalog)
      : m_settings(settings), m_catalog(catalog), m_names(rule_names(catalog, true)) {}

  std::vector<RuleState> states(const Selection& selection) {
    std::vector<RuleState> out(m_catalog.rules().size());
    for (const RuleName& n : selection.disable)
      for (std::size_t i : rules_of(n)) out[i].enabled = false;
    for (const RuleName& n : selection.enable)
      for (std::size_t i : rules_of(n)) out[i].enabled = true;
    for (const SeverityChange& s : selection.severity)
      for (std::size_t i : rules_of(s.rule)) out[i].severity = s.severity;
    return out;
  }

  std::vector<RuleFileError> errors;

 private:
  std::vector<std::size_t> rules_of(const RuleName& n) {
    auto found = selected_by(m_catalog, n.name);
    if (found.empty()) errors.push_back(error_at(*m_settings.file, n.node, unknown_rule(n.name, m_names)));
    return found;
  }

  const Settings& m_settings;
  const Catalog& m_catalog;
  std::vector<std::string> m_names;
};

}  // namespace

RulePolicy RulePolicy::resolve(const Settings& settings, const Catalog& catalog) {
  RulePolicy policy;
  policy.m_catalog = &catalog;
  policy.m_folder = settings.folder;
  Resolver resolver(settings, catalog);
  policy.m_levels.push_back({{}, resolver.states(settings.selection)});
  for (const PathOverride& o : settings.overrides) policy.m_levels.push_back({o.files, resolver.states(o.selection)});
  std::vector<RuleFileError> errors = std::move(resolver.errors);
  policy.m_checks.resize(catalog.rules().size());
  for (const OptionChange& change : settings.options) policy.compile_options(settings, change, errors);
  if (!errors.empty()) {
    std::stable_sort(errors.begin(), errors.end(), [](const RuleFileError& a, const RuleFileError& b) {
      const Position pa = a.position().value_or(Position{}), pb = b.position().value_or(Position{});
      return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
    });
    throw SettingsErrors(std::move(errors));
  }
  return policy;
}

// The rule's kind compiled from the settings' options merged over its rule file's, so an unknown
// option or a wrong value is reported at its place in the settings file.
void RulePolicy::compile_options(const Settings& settings, const OptionChange& change,
                                 std::vector<RuleFileError>& errors) {
  const RuleFile& file = *settings.file;
  const Rule* rule = m_catalog->find(change.rule.name);
  if (!rule) {
    const bool prefix = !selected_by(*m_catalog, change.rule.name).empty();
    errors.push_back(
        error_at(file, change.rule.node,
                 prefix ? "options are for one rule: name it by its id or slug, not '" + change.rule.name + "'"
                        : unknown_rule(change.rule.name, rule_names(*m_catalog, false))));
    return;
  }
  const KindInfo* kind = find_kind(m_catalog->kinds(), rule->kind);
  if (!rule->engine_event.empty() || !kind) {
    errors.push_back(error_at(file, change.rule.node, "rule " + rule->id + " has no options to set"));
    return;
  }
  auto merged = std::make_unique<RuleFile>();
  merged->source = file.source;
  const ByteRange at = file.yaml.node(change.rule.node).range;
  merged->yaml =
      rule->rule_file ? graft_entries(file.yaml, change.options, rule->rule_file->yaml, rule->options, at) : file.yaml;
  try {
    m_checks[index_of(*rule)] = compile_check(kind->make, *merged, change.options, change.rule.node, *m_catalog);
    m_option_files.push_back(std::move(merged));
  } catch (const RuleFileError& e) {
    errors.push_back(e);
  }
}

std::size_t RulePolicy::index_of(const Rule& rule) const {
  return static_cast<std::size_t>(&rule - m_catalog->rules().data());
}

bool RulePolicy::applies(const Level& level, const std::string& relative) const {
  if (level.globs.empty()) return true;
  if (relative.empty()) return false;
  for (const auto& glob : level.globs)
    if (glob_matches(glob, relative)) return true;
  return false;
}

// The file relative to the settings file's folder, "/"-separated; "" when it lies outside it.
std::string RulePolicy::relative(std::string_view file) const {
  if (m_levels.size() < 2) return "";
  std::error_code ec;
  const fs::path rel = fs::absolute(fs::path(file), ec).lexically_normal().lexically_relative(m_folder);
  if (ec || rel.empty() || *rel.begin() == "..") return "";
  return rel.generic_string();
}

RuleState RulePolicy::effective(const Rule& rule, std::string_view file) const {
  RuleState state{true, std::nullopt};
  if (!m_catalog) return state;
  const std::size_t i = index_of(rule);
  const std::string rel = relative(file);
  for (const Level& level : m_levels) {
    if (!applies(level, rel)) continue;
    if (level.states[i].enabled) state.enabled = level.states[i].enabled;
    if (level.states[i].severity) state.severity = level.states[i].severity;
  }
  return state;
}

bool RulePolicy::reports_anywhere(const Rule& rule) const {
  if (!m_catalog) return true;
  const std::size_t i = index_of(rule);
  if (m_levels[0].states[i].enabled.value_or(true)) return true;
  return std::any_of(m_levels.begin() + 1, m_levels.end(),
                     [&](const Level& level) { return level.states[i].enabled.value_or(false); });
}

bool RulePolicy::enabled(const Rule& rule, std::string_view file) const { return *effective(rule, file).enabled; }

Severity RulePolicy::severity(const Rule& rule, std::string_view file, Severity found) const {
  return effective(rule, file).severity.value_or(found);
}

const Check& RulePolicy::check(const Rule& rule) const {
  if (m_catalog && m_checks[index_of(rule)]) return *m_checks[index_of(rule)];
  return rule.check();
}

RuleState RulePolicy::global(const Rule& rule) const {
  if (!m_catalog) return {true, std::nullopt};
  const RuleState& s = m_levels[0].states[index_of(rule)];
  return {s.enabled.value_or(true), s.severity};
}

}  // namespace lint
