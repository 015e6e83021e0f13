// apply_suppressions: matches each directive's rules with the findings on its line, and checks it.
#include "lint/engine/suppressions.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "lint/core/suggest.h"
#include "lint/core/utf8.h"
#include "lint/engine/suppression_directive.h"

namespace lint {

namespace {

bool same_letters(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

class Applier {
 public:
  Applier(const Document& doc, const Catalog& catalog, DayNumber today, std::vector<Diagnostic>& findings)
      : m_doc(doc), m_catalog(catalog), m_today(today), m_findings(findings) {}

  std::vector<SuppressionFinding> run(const std::vector<Directive>& directives) {
    for (const Directive& d : directives) directive(d);
    return std::move(m_out);
  }

 private:
  void directive(const Directive& d) {
    if (d.problem != Directive::Problem::None) return malformed(d);
    std::vector<const RuleToken*> named;
    for (const RuleToken& token : d.rules) {
      if (known(token.name))
        named.push_back(&token);
      else
        unknown(token);
    }
    if (d.reason.empty()) return report("suppression-reason", d.range, {{"rules", rule_list(d)}}, "default");
    if (d.until && expired(d, *d.until)) return;
    const std::size_t line = target_line(d);
    for (const RuleToken* token : named) {
      if (accept(*known(token->name), line, d) == 0)
        report("unused-suppression", token->range, {{"rule", token->name}, {"line", std::to_string(line)}}, "default");
    }
  }

  // A rule named exactly as the catalog writes its id or slug.
  const Rule* known(const std::string& name) const {
    const Rule* rule = m_catalog.find(name);
    return rule && (rule->id == name || rule->slug == name) ? rule : nullptr;
  }

  void unknown(const RuleToken& token) {
    std::string suggestion;
    if (const Rule* rule = m_catalog.find(token.name)) {
      suggestion = same_letters(token.name, rule->id) ? rule->id : rule->slug;  // in another letter case
    } else {
      std::vector<std::string> names;
      for (const Rule& r : m_catalog.rules()) {
        names.push_back(r.id);
        names.push_back(r.slug);
      }
      suggestion = nearest(token.name, names);
    }
    report("unused-suppression", token.range, {{"rule", token.name}, {"suggestion", suggestion}},
           suggestion.empty() ? "unknown-rule" : "unknown-rule-suggest");
  }

  void malformed(const Directive& d) {
    if (d.problem == Directive::Problem::NoRule)
      return report("unused-suppression", d.action_range, {{"directive", d.action}}, "no-rule");
    const std::string suggestion = nearest(d.action, {"disable-line", "disable-next-line"});
    report("unused-suppression", d.action_range, {{"directive", d.action}, {"suggestion", suggestion}},
           suggestion.empty() ? "malformed" : "malformed-suggest");
  }

  // An `until` date that is not a date, or before today: the suppression no longer holds.
  bool expired(const Directive& d, const RuleToken& until) {
    const auto day = parse_date(until.name);
    if (!day || until.name.size() != 10) {
      report("suppression-reason", until.range, {{"until", until.name}}, "bad-date");
      return true;
    }
    if (*day >= m_today) return false;
    report("suppression-reason", until.range,
           {{"rules", rule_list(d)}, {"until", until.name}, {"today", format_date(m_today)}}, "expired");
    return true;
  }

  std::size_t target_line(const Directive& d) const {
    if (d.scope == Directive::Scope::Line) return m_doc.source.position(d.comment.begin).line;
    const std::size_t last = d.comment.end > d.comment.begin ? d.comment.end - 1 : d.comment.begin;
    return m_doc.source.position(last).line + 1;
  }

  // Accepts the open findings of `rule` that start on `line`; returns how many.
  std::size_t accept(const Rule& rule, std::size_t line, const Directive& d) {
    std::size_t count = 0;
    for (Diagnostic& f : m_findings) {
      if (f.is_accepted() || f.rule_id != rule.id || f.location.start.line != line) continue;
      if (f.location.path != m_doc.source.path()) continue;
      f.accepted = Acceptance{AcceptedBy::Suppression, d.reason, d.until ? d.until->name : ""};
      ++count;
    }
    return count;
  }

  static std::string rule_list(const Directive& d) {
    std::string out;
    for (const RuleToken& t : d.rules) {
      if (!out.empty()) out += ", ";
      out += t.name;
    }
    return out;
  }

  void report(const char* event, ByteRange range, Args args, const char* variant) {
    SuppressionFinding s{event, {}};
    s.finding.range = range;
    s.finding.args = std::move(args);
    s.finding.variant = variant;
    m_out.push_back(std::move(s));
  }

  const Document& m_doc;
  const Catalog& m_catalog;
  DayNumber m_today;
  std::vector<Diagnostic>& m_findings;
  std::vector<SuppressionFinding> m_out;
};

bool is_json(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](char c) -> char { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return ext == ".json";
}

}  // namespace

std::vector<SuppressionFinding> apply_suppressions(const Document& doc, const Catalog& catalog, DayNumber today,
                                                   std::vector<Diagnostic>& findings) {
  const std::string_view text = doc.source.text();
  if (is_json(doc.source.path()) || first_invalid_utf8(text)) return {};
  std::vector<Directive> directives;
  if (doc.kind == DocKind::Text)
    directives = markdown_directives(text, doc.markup_model());
  else if (doc.yaml)
    directives = yaml_directives(text);
  return Applier(doc, catalog, today, findings).run(directives);
}

}  // namespace lint
