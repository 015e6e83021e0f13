// ReportText: the `report-text` table read in one language, each key checked against those used.
#include "lint/report/report_text.h"

#include <algorithm>
#include <array>

#include "lint/core/suggest.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/rule_file.h"

namespace lint::report {

namespace {

constexpr const char* kTable = "report-text";

// Every key the report uses; the table must have exactly these.
constexpr std::array kKeys = {"title",
                              "facts.date",
                              "facts.institution",
                              "facts.institution_value",
                              "facts.config",
                              "facts.blocking",
                              "facts.tool",
                              "facts.tool_value",
                              "facts.unreadable",
                              "blocking.error",
                              "blocking.warning",
                              "blocking.info",
                              "verdict.heading",
                              "verdict.yes",
                              "verdict.no",
                              "verdict.no_env",
                              "verdict.unreadable",
                              "verdict.blocked",
                              "verdict.missing",
                              "verdict.untied",
                              "verdict.all_proven",
                              "verdict.outside",
                              "verdict.filter",
                              "legend.heading",
                              "legend.proven",
                              "legend.blocked",
                              "legend.missing",
                              "legend.outside",
                              "legend.not_needed",
                              "status.proven",
                              "status.blocked",
                              "status.missing",
                              "status.outside",
                              "status.not_needed",
                              "audiences.heading",
                              "audiences.caption",
                              "audience.none",
                              "phase.heading",
                              "phase.caption",
                              "col.task",
                              "col.title",
                              "col.audience",
                              "col.tasks",
                              "col.field",
                              "col.where",
                              "col.rule",
                              "col.effect",
                              "col.env",
                              "col.message",
                              "col.source",
                              "col.how",
                              "col.reason",
                              "task.status",
                              "task.links",
                              "task.missing",
                              "task.outside_rules",
                              "task.outside_norules",
                              "task.keep",
                              "task.evidence",
                              "task.evidence_caption",
                              "task.findings",
                              "task.findings_caption",
                              "task.no_findings",
                              "task.accepted",
                              "task.rules",
                              "evidence.absent",
                              "evidence.present",
                              "evidence.line",
                              "evidence.hidden",
                              "evidence.unread",
                              "rule.other_task",
                              "effect.blocks",
                              "effect.advisory",
                              "env.all",
                              "severity.error",
                              "severity.warning",
                              "severity.info",
                              "accepted.suppressed",
                              "accepted.baselined",
                              "untied.heading",
                              "untied.intro"};

bool known_key(const std::string& key) { return std::find(kKeys.begin(), kKeys.end(), key) != kKeys.end(); }

}  // namespace

// One language's text of an entry: a string, or `one` and `other` forms.
ReportText::Entry ReportText::read_forms(Options& entry, const std::string& lang, const std::string& key) {
  const NodeId text = entry.node(lang);
  if (text == kNoNode) entry.fail(kNoNode, "report text '" + key + "' has no '" + lang + "' version");
  if (entry.yaml().is_scalar(text)) return {"", entry.yaml().scalar(text)};
  Options forms(entry.file(), entry.yaml().resolve(text));
  Entry out{forms.text("one"), forms.text("other")};
  forms.finish();
  return out;
}

std::string fill(std::string text, const TextArgs& args) {
  for (const auto& [name, value] : args) {
    const std::string token = "{" + name + "}";
    for (std::size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size()))
      text.replace(at, token.size(), value);
  }
  return text;
}

ReportText ReportText::load(const Catalog& catalog, Language language) {
  const DataRef* ref = catalog.data(kTable);
  if (!ref)
    throw RuleFileError("rules/data", std::nullopt,
                        std::string("no data table '") + kTable + "' holds the report's words");
  const RuleFile& file = *ref->file;
  const YamlDocument& y = file.yaml;
  if (!y.is_mapping(ref->node)) fail_at(file, ref->node, "expected a mapping: key -> {nb, en}");
  const std::string lang = language == Language::Nb ? "nb" : "en";
  ReportText words;
  std::vector<std::string> keys(kKeys.begin(), kKeys.end());
  for (auto [k, v] : y.entries(ref->node)) {
    const std::string key = y.scalar(k);
    if (!known_key(key)) {
      const std::string hint = nearest(key, keys);
      fail_at(file, k, "unknown report text '" + key + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    }
    Options entry(file, y.resolve(v));
    for (const char* code : {"nb", "en"}) {
      const Entry forms = read_forms(entry, code, key);
      if (std::string(code) == lang) words.m_entries[key] = forms;
    }
    entry.finish();
  }
  for (const char* key : kKeys)
    if (!words.m_entries.count(key)) fail_at(file, ref->node, std::string("report text '") + key + "' is missing");
  return words;
}

std::string ReportText::get(const std::string& key, const TextArgs& args) const {
  const auto it = m_entries.find(key);
  if (it == m_entries.end()) throw std::logic_error("report text '" + key + "' is not in the table");
  return fill(it->second.other, args);
}

std::string ReportText::count(const std::string& key, std::size_t n, TextArgs args) const {
  const auto it = m_entries.find(key);
  if (it == m_entries.end()) throw std::logic_error("report text '" + key + "' is not in the table");
  args["n"] = std::to_string(n);
  const std::string& form = n == 1 && !it->second.one.empty() ? it->second.one : it->second.other;
  return fill(form, args);
}

}  // namespace lint::report
