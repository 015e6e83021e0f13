// Rule helpers: its check compiled on first use, variant lookup, severity and activity.
#include "lint/ruleset/rule.h"

#include <algorithm>

namespace lint {

const Check& CheckSlot::get() const {
  std::call_once(m_once, [this] { m_check = compile_check(m_make, m_file, m_options, m_kind, m_catalog); });
  return *m_check;
}

const Variant& Rule::variant(const std::string& name) const {
  auto it = variants.find(name);
  return it != variants.end() ? it->second : variants.at("default");
}

const std::string& Rule::description_in(Language language) const {
  return language == Language::Nb && !description_nb.empty() ? description_nb : description;
}

Severity Rule::severity_of(const std::string& variant_name) const {
  auto it = variants.find(variant_name);
  if (it != variants.end() && it->second.severity) return *it->second.severity;
  return severity;
}

bool Rule::applies_to_kind(DocKind doc_kind) const {
  return std::find(applies_to.begin(), applies_to.end(), doc_kind) != applies_to.end();
}

bool Rule::active_on(DayNumber today) const {
  if (since && today < *since) return false;
  if (until && today >= *until) return false;
  return true;
}

}  // namespace lint
