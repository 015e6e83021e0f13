// load_rule: metadata, messages, variants, selectors, conditions, dates and the kind's options.
#include "lint/ruleset/rule_loader.h"

#include <re2/re2.h>

#include "lint/core/suggest.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/onboarding_tasks.h"

namespace lint {

namespace {

const RE2& id_pattern() {
  static const RE2 kId("[A-Z]{2,6}[0-9]{3}");
  return kId;
}

const RE2& slug_pattern() {
  static const RE2 kSlug("[a-z0-9]+(-[a-z0-9]+)*");
  return kSlug;
}

const RE2& month_pattern() {
  static const RE2 kMonth("[0-9]{4}-(0[1-9]|1[0-2])");
  return kMonth;
}

// `description` is one English text, or `{en, nb}`.
void load_description(Options& o, Rule& rule) {
  const NodeId n = o.node("description");
  if (n == kNoNode || !o.yaml().is_mapping(n)) {
    rule.description = o.text("description");
    return;
  }
  Options d(o.file(), o.yaml().resolve(n));
  rule.description = d.text("en");
  rule.description_nb = d.text("nb");
  d.finish();
}

// `verified: YYYY-MM`, the month the rule's facts were last checked against its source.
void load_verified(Options& o, Rule& rule) {
  rule.verified = o.text("verified", "");
  if (!rule.verified.empty() && !RE2::FullMatch(rule.verified, month_pattern()))
    o.fail(o.node("verified"), "'verified' must be a month YYYY-MM, not '" + rule.verified + "'");
}

Message load_message(Options& parent, const std::string& key) {
  const NodeId n = parent.node(key);
  if (n == kNoNode) parent.fail(kNoNode, "missing '" + key + "' with 'en' and 'nb' texts");
  Options o(parent.file(), parent.yaml().resolve(n));
  Message m{o.text("en"), o.text("nb")};
  o.finish();
  return m;
}

void load_variants(Options& o, Rule& rule) {
  rule.variants["default"] = Variant{load_message(o, "message"), std::nullopt};
  const NodeId vs = o.node("variants");
  if (vs == kNoNode) return;
  if (!o.yaml().is_mapping(vs)) o.fail(vs, "'variants' must map a variant name to its message");
  for (auto [k, v] : o.yaml().entries(vs)) {
    Options vo(o.file(), o.yaml().resolve(v));
    Variant variant{{vo.text("en"), vo.text("nb")}, std::nullopt};
    const std::string sev = vo.text("severity", "");
    if (!sev.empty()) {
      variant.severity = parse_severity(sev);
      if (!variant.severity) vo.fail(vo.node("severity"), "severity must be error, warning or info");
    }
    vo.finish();
    rule.variants[o.yaml().scalar(k)] = std::move(variant);
  }
}

std::optional<DayNumber> load_date(Options& o, const std::string& key) {
  const std::string text = o.text(key, "");
  if (text.empty()) return std::nullopt;
  auto day = parse_date(text);
  if (!day) o.fail(o.node(key), "'" + key + "' must be a date YYYY-MM-DD, not '" + text + "'");
  return day;
}

void load_applies_to(Options& o, Rule& rule) {
  for (const auto& name : o.list("applies_to", true)) {
    auto kind = parse_doc_kind(name);
    if (!kind)
      o.fail(o.node("applies_to"), "unknown document kind '" + name + "'; expected config, template, text or yaml");
    rule.applies_to.push_back(*kind);
  }
}

void load_condition(Options& o, Rule& rule) {
  const NodeId n = o.node("when");
  if (n == kNoNode) return;
  Options w(o.file(), o.yaml().resolve(n));
  rule.when.envs = w.list("env");
  rule.when.exists = w.list("exists");
  rule.when.absent = w.list("absent");
  const NodeId eq = w.node("equals");
  if (eq != kNoNode) {
    if (!o.yaml().is_mapping(eq)) w.fail(eq, "'equals' must map a path to a value or list of values");
    Options e(o.file(), o.yaml().resolve(eq));
    for (auto [k, v] : o.yaml().entries(eq))
      rule.when.equals.emplace_back(o.yaml().scalar(k), e.list(o.yaml().scalar(k), true));
  }
  w.finish();
}

void load_example(Options& o, Rule& rule) {
  const NodeId n = o.node("example");
  if (n == kNoNode) return;
  Options e(o.file(), o.yaml().resolve(n));
  rule.example.fail = e.text("fail", "");
  rule.example.pass = e.text("pass", "");
  rule.example.file = e.text("file", "");
  e.finish();
}

void load_kind(Options& o, Rule& rule, const Catalog& catalog) {
  rule.kind = o.text("kind");
  const KindInfo* info = find_kind(catalog.kinds(), rule.kind);
  if (!info) {
    const std::string hint = nearest(rule.kind, kind_names(catalog.kinds()));
    o.fail(o.node("kind"),
           "unknown rule kind '" + rule.kind + "'" + (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
  }
  const NodeId opts = o.node("options");
  rule.rule_file = &o.file();
  rule.options = opts == kNoNode ? kNoNode : o.yaml().resolve(opts);
  rule.compiled = std::make_unique<CheckSlot>(info->make, o.file(), rule.options, o.node("kind"), catalog);
  // A built-in rule compiles on first use; any other rule now, so an error in its options is
  // reported when the rules load. An engine rule now too: its event is needed now.
  if (!o.file().built_in || rule.kind == "engine") rule.engine_event = std::string(rule.check().engine_event());
}

}  // namespace

Rule load_rule(const RuleFile& file, NodeId node, const Catalog& catalog) {
  Options o(file, node);
  Rule rule;
  rule.file = file.source.path();
  rule.defined_at = file.source.position(file.yaml.node(node).range.begin);
  rule.id = o.text("id");
  if (!RE2::FullMatch(rule.id, id_pattern())) o.fail(o.node("id"), "rule id '" + rule.id + "' must look like ABC123");
  rule.slug = o.text("slug");
  if (!RE2::FullMatch(rule.slug, slug_pattern())) o.fail(o.node("slug"), "slug '" + rule.slug + "' must be kebab-case");
  const std::string sev = o.choice("severity", {"error", "warning", "info"});
  rule.severity = *parse_severity(sev);
  rule.summary = o.text("summary");
  load_description(o, rule);
  rule.source = o.text("source");
  load_verified(o, rule);
  rule.task = o.text("task", "");
  rule.audience = o.choice("audience", {"IT", "Forretning", "Alle"}, "IT");
  check_rule_task(o, catalog, rule.task);
  load_variants(o, rule);
  load_applies_to(o, rule);
  rule.selectors = o.list("select");
  load_condition(o, rule);
  rule.since = load_date(o, "since");
  rule.until = load_date(o, "until");
  rule.stops = o.flag("stops", false);
  load_example(o, rule);
  load_kind(o, rule, catalog);
  o.finish();
  return rule;
}

}  // namespace lint
