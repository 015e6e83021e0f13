// Rule helpers: variant lookup, severity and activity.
#include "lint/ruleset/rule.h"

#include <algorithm>
#include <mutex>

namespace lint {

namespace {

// Kinds compile one at a time: they share the catalog's data tables, made on first use.
std::mutex& compile_mutex() {
  static std::mutex m;
  return m;
}

}  // namespace

CheckSlot::CheckSlot(std::unique_ptr<Check> compiled) : m_check(std::move(compiled)) { m_ready = m_check.get(); }

CheckSlot::CheckSlot(MakeCheck make, const RuleFile& file, NodeId options, NodeId kind, const Catalog& catalog)
    : m_make(make), m_file(&file), m_options(options), m_kind(kind), m_catalog(&catalog) {}

CheckSlot::~CheckSlot() = default;

const Check& CheckSlot::get() const {
  if (const Check* ready = m_ready.load(std::memory_order_acquire)) return *ready;
  const std::lock_guard lock(compile_mutex());
  if (!m_check) {
    Options options(*m_file, m_options, m_kind);
    auto check = m_make(options, *m_catalog);
    options.finish();
    m_check = std::move(check);
    m_ready.store(m_check.get(), std::memory_order_release);
  }
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
