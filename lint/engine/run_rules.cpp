// Job::run_rules and follow_references: selectors, conditions, stopping rules, referenced files.
#include <algorithm>
#include <filesystem>
#include <iterator>
#include <optional>

#include "lint/core/files.h"
#include "lint/engine/diagnostics.h"
#include "lint/engine/discovery.h"
#include "lint/engine/job.h"
#include "lint/engine/references.h"
#include "lint/kinds/common.h"
#include "lint/ruleset/selector.h"

namespace lint {

namespace fs = std::filesystem;

namespace {

// Runs the rule's check on each of its targets in the document whose condition holds.
void run_on_targets(const Rule& rule, const Check& check, const CheckContext& ctx, std::vector<Finding>& findings) {
  if (!ctx.doc.yaml) return check.run(ctx, Target{}, findings);
  static const std::string kRoot;
  const std::vector<std::string>& selectors = rule.selectors;
  for (std::size_t i = 0; i < std::max<std::size_t>(selectors.size(), 1); ++i)
    for (const Target& t : ctx.targets->of(selectors.empty() ? kRoot : selectors[i]))
      if (condition_holds(ctx.yaml(), rule.when, t)) check.run(ctx, t, findings);
}

bool runs_on(const Rule& rule, const Document& doc, DayNumber today) {
  return rule.engine_event.empty() && rule.applies_to_kind(doc.kind) && rule.active_on(today);
}

}  // namespace

void Job::run_rules(Document& doc) {
  std::optional<TargetMemo> targets;
  if (doc.yaml) targets.emplace(*doc.yaml);
  const CheckContext ctx{doc,           m_options.today, m_options.max_file_size,
                         &m_references, &m_cache,        targets ? &*targets : nullptr};
  std::vector<std::pair<const Rule*, Finding>> found;
  for (bool stopping : {true, false}) {
    for (const Rule& rule : m_catalog.rules()) {
      if (rule.stops != stopping || !runs_on(rule, doc, m_options.today)) continue;
      // A rule the settings turn off still runs: a secret it finds stays masked in other findings.
      const bool may_report = m_policy.reports_anywhere(rule);
      const Check& check = m_policy.check(rule);
      std::vector<Finding> findings;
      run_on_targets(rule, check, ctx, findings);
      for (auto& f : findings) {
        const bool reported = may_report && m_policy.enabled(rule, (f.in ? *f.in : doc).source.path());
        if (reported || (f.secret && !stopping)) found.emplace_back(&rule, std::move(f));
      }
    }
    if (stopping && !found.empty()) {
      // The document gets this one finding and no other (e.g. an unsupported version).
      const std::string path = doc.source.path();
      m_stopped.insert(path);
      std::erase_if(m_out, [&](const Diagnostic& d) { return d.location.path == path; });
      for (const auto& [rule, f] : found) emit(*rule, doc, f);
      for (const auto& [rule, f] : found) remember_secret(doc, f);
      hide_secrets(doc);
      doc.kind = DocKind::Yaml;  // nothing it references is checked either
      return;
    }
  }
  for (const auto& [rule, f] : found) emit(*rule, doc, f);
  for (const auto& [rule, f] : found) remember_secret(doc, f);
}

// A secret stays hidden in every finding on its lines, not only in the one that reports it: the
// job masks them all when it ends, once every finding is made.
void Job::remember_secret(const Document& doc, const Finding& secret) {
  if (secret.secret) m_secrets.push_back(secret_span(secret.in ? *secret.in : doc, secret.range));
}

// A document that gets only its stopping finding (it did not parse, or a stopping rule fired) still
// hides its secrets there: the secret rules run on it (on its raw text when it has no tree) and,
// when it has a tree, the secret-reference rules, only for what they mask. They report nothing.
void Job::hide_secrets(const Document& doc) {
  std::optional<TargetMemo> targets;
  if (doc.yaml) targets.emplace(*doc.yaml);
  const CheckContext ctx{doc,           m_options.today, m_options.max_file_size,
                         &m_references, &m_cache,        targets ? &*targets : nullptr};
  for (const Rule& rule : m_catalog.rules()) {
    // `secret` reads raw text too; `secret-reference` (a literal key where a reference belongs)
    // needs the tree and its selectors.
    const bool on_tree = rule.kind == "secret-reference" && doc.yaml && rule.applies_to_kind(doc.kind);
    if (rule.kind != "secret" && !on_tree) continue;
    std::vector<Finding> secrets;
    if (on_tree)
      run_on_targets(rule, m_policy.check(rule), ctx, secrets);
    else
      m_policy.check(rule).run(ctx, Target{}, secrets);
    for (const Finding& f : secrets) remember_secret(doc, f);
  }
}

void Job::check_readable(const Document& config, const std::string& path, const Target& t, bool report_missing) {
  auto bytes = read_file(path, m_options.max_file_size);
  auto* failure = std::get_if<ReadFailure>(&bytes);
  if (!failure || (failure->kind == ReadFailure::Kind::Missing && !report_missing)) return;
  report_engine(config, "file-unreadable", config.yaml->node(t.node).range,
                {{"file", config.yaml->scalar(t.node)},
                 {"resolved", path},
                 {"reason", read_failure_text(*failure)},
                 {"field", t.field}});
}

void Job::follow_references(const Document& config) {
  // Every referenced file is loaded before any is checked, so a rule can compare them (TXT013).
  std::vector<Document*> loaded;
  for (const ConfigReference& r : config_references(m_catalog, config)) {
    if (!r.kind) {
      check_readable(config, r.path, r.target, r.report_missing);
      if (!m_shown_as.empty() && m_shown_as.count(id(r.path)))
        m_naming.emplace_back(id(r.path), config.yaml->node(r.target.node).range);
      continue;
    }
    const Target& t = r.target;
    if (Document* doc = load(r.path, nullptr, *r.kind, &config, Reference{t.field, t.env, r.path, t.node}))
      loaded.push_back(doc);
  }
  for (Document* doc : loaded) run_rules(*doc);
}

}  // namespace lint
