// `dsoplint rules` (a table or JSON, optionally only the stale rules) and `dsoplint explain`.
#include "lint/cli/cli_commands.h"

#include <iomanip>
#include <sstream>

#include "lint/core/suggest.h"
#include "lint/format/json_writer.h"

namespace lint {

namespace {

constexpr int kStaleAfterMonths = 12;

// Months since year 0 of a `YYYY-MM` (or `YYYY-MM-DD`) text.
int month_index(const std::string& text) {
  return std::stoi(text.substr(0, 4)) * 12 + std::stoi(text.substr(5, 2)) - 1;
}

void write_json_field(std::ostream& out, const char* name, const std::string& value) {
  out << ", \"" << name << "\": ";
  if (value.empty())
    out << "null";
  else
    write_json_string(out, value);
}

// The rule's state for every file under the settings in effect (none: as its rule file says).
RuleState state_of(const Rule& r, const RulesListing& listing) {
  RuleState s = listing.policy ? listing.policy->global(r) : RuleState{true, std::nullopt};
  if (!s.severity) s.severity = r.severity;
  return s;
}

void write_rule_json(std::ostream& out, const Rule& r, const RulesListing& listing) {
  const RuleState state = state_of(r, listing);
  out << "    {\"id\": ";
  write_json_string(out, r.id);
  write_json_field(out, "slug", r.slug);
  write_json_field(out, "severity", severity_name(*state.severity));
  if (!state.enabled.value_or(true)) out << ", \"disabled\": true";
  write_json_field(out, "summary", r.summary);
  write_json_field(out, "source", r.source);
  write_json_field(out, "task", r.task);
  write_json_field(out, "audience", r.audience);
  write_json_field(out, "verified", r.verified);
  out << "}";
}

void write_rules_json(std::ostream& out, const std::vector<const Rule*>& rules, const RulesListing& listing) {
  out << "{\n  \"tool\": \"dsoplint\",\n  \"version\": ";
  write_json_string(out, listing.tool_version);
  out << ",\n  \"rulesVersion\": ";
  write_json_string(out, listing.rules_version);
  if (listing.stale_only) out << ",\n  \"staleBefore\": \"" << stale_limit(listing.today) << "\"";
  out << ",\n  \"rules\": [";
  for (std::size_t i = 0; i < rules.size(); ++i) {
    out << (i ? ",\n" : "\n");
    write_rule_json(out, *rules[i], listing);
  }
  out << (rules.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

void write_rules_table(std::ostream& out, const std::vector<const Rule*>& rules, const RulesListing& listing) {
  if (listing.stale_only && rules.empty()) {
    out << "no rule was last verified before " << stale_limit(listing.today) << " (more than " << kStaleAfterMonths
        << " months before " << format_date(listing.today) << ")\n";
    return;
  }
  for (const Rule* r : rules) {
    const RuleState state = state_of(*r, listing);
    const std::string severity = state.enabled.value_or(true) ? severity_name(*state.severity) : "off";
    out << std::left << std::setw(9) << r->id << std::setw(28) << r->slug << std::setw(8) << severity << std::setw(9)
        << (r->verified.empty() ? "-" : r->verified) << r->summary << '\n';
  }
}

struct ExplainLabels {
  const char* source;
  const char* task;
  const char* audience;
  const char* applies_to;
  const char* verified;
  const char* never_verified;
  const char* fails;
  const char* passes;
};

const ExplainLabels& labels(Language language) {
  static const ExplainLabels kEn{
      "Source",       "Onboarding task", "audience", "Applies to", "Last verified against the source",
      "not recorded", "Fails",           "Passes"};
  static const ExplainLabels kNb{
      "Kilde",  "Onboardingoppgave", "målgruppe", "Gjelder", "Sist kontrollert mot kilden", "ikke oppgitt",
      "Feiler", "Går gjennom"};
  return language == Language::Nb ? kNb : kEn;
}

void write_example(std::ostream& out, const char* label, const std::string& file, const std::string& text) {
  if (text.empty()) return;
  out << '\n' << label << (file.empty() ? "" : " (" + file + ")") << ":\n" << text << (text.back() == '\n' ? "" : "\n");
}

int unknown_rule(const Catalog& catalog, const std::string& id_or_slug, std::ostream& err) {
  std::vector<std::string> names;
  for (const Rule& rule : catalog.rules()) {
    names.push_back(rule.id);
    names.push_back(rule.slug);
  }
  const std::string hint = nearest(id_or_slug, names);
  err << "dsoplint: error: no rule '" << id_or_slug << "'" << (hint.empty() ? "" : "; did you mean '" + hint + "'?")
      << "\nRun 'dsoplint rules' to list them.\n";
  return 2;
}

}  // namespace

std::string stale_limit(DayNumber today) {
  const int limit = month_index(format_date(today)) - kStaleAfterMonths;
  std::ostringstream s;
  s << std::setfill('0') << std::setw(4) << limit / 12 << '-' << std::setw(2) << limit % 12 + 1;
  return s.str();
}

bool is_stale(const Rule& rule, DayNumber today) {
  return rule.verified.empty() || month_index(format_date(today)) - month_index(rule.verified) > kStaleAfterMonths;
}

int list_rules(const Catalog& catalog, const RulesListing& listing, std::ostream& out) {
  std::vector<const Rule*> rules;
  for (const Rule& r : catalog.rules())
    if (!listing.stale_only || is_stale(r, listing.today)) rules.push_back(&r);
  if (listing.json)
    write_rules_json(out, rules, listing);
  else
    write_rules_table(out, rules, listing);
  return 0;
}

int explain_rule(const Catalog& catalog, const std::string& id_or_slug, Language language, std::ostream& out,
                 std::ostream& err) {
  const Rule* r = catalog.find(id_or_slug);
  if (!r) return unknown_rule(catalog, id_or_slug, err);
  const ExplainLabels& l = labels(language);
  out << r->id << ' ' << r->slug << " (" << severity_name(r->severity) << ")\n"
      << r->summary << "\n\n"
      << r->description_in(language) << "\n\n";
  out << l.source << ": " << r->source << '\n';
  if (!r->task.empty()) out << l.task << ": " << r->task << " (" << l.audience << ": " << r->audience << ")\n";
  out << l.applies_to << ": ";
  for (std::size_t i = 0; i < r->applies_to.size(); ++i) out << (i ? ", " : "") << doc_kind_name(r->applies_to[i]);
  out << '\n' << l.verified << ": " << (r->verified.empty() ? l.never_verified : r->verified) << '\n';
  write_example(out, l.fails, r->example.file, r->example.fail);
  write_example(out, l.passes, r->example.file, r->example.pass);
  return 0;
}

}  // namespace lint
