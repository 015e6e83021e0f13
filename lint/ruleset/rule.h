/// A rule as loaded from a rule file: metadata, messages, selector, condition and its compiled kind.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/ruleset/check.h"
#include "lint/ruleset/kind_table.h"

namespace lint {

struct RuleFile;

struct Message {
  std::string en;
  std::string nb;
};

/// One way a rule can fire; `default` always exists. A variant may carry its own severity.
struct Variant {
  Message message;
  std::optional<Severity> severity;
};

/// Paths in a condition may contain `{env}`, replaced by the target's environment.
struct Condition {
  std::vector<std::string> envs;                                         // only in these environments
  std::vector<std::pair<std::string, std::vector<std::string>>> equals;  // path has one of the values
  std::vector<std::string> exists;                                       // these paths are present
  std::vector<std::string> absent;                                       // these paths are absent
};

/// A rule's examples for `explain`, each a test (tests/golden/examples_test.cpp). `file` is the
/// name they are linted as (it gives the document kind and a text's language); "" for the default.
struct Example {
  std::string fail;
  std::string pass;
  std::string file;
};

/// A rule's compiled kind, made on its first use, so a run compiles only the rules its documents
/// need. Safe to use from several jobs at once.
class CheckSlot {
 public:
  /// `make` with the options at `options` (kNoNode: none) of `file`; errors point at `kind`.
  CheckSlot(MakeCheck make, const RuleFile& file, NodeId options, NodeId kind, const Catalog& catalog)
      : m_make(make), m_file(file), m_options(options), m_kind(kind), m_catalog(catalog) {}

  /// The compiled check; a rule-file error in its options is thrown as RuleFileError.
  const Check& get() const;

 private:
  mutable std::once_flag m_once;
  mutable std::unique_ptr<Check> m_check;
  MakeCheck m_make;
  const RuleFile& m_file;
  NodeId m_options;
  NodeId m_kind;
  const Catalog& m_catalog;
};

struct Rule {
  std::string id, slug, summary, source, task, audience;
  std::string description;     // English
  std::string description_nb;  // Norwegian bokmål; "" when the rule file gives one text only
  std::string verified;        // YYYY-MM: the month the facts were last checked against `source`; "" if not said
  Severity severity = Severity::Error;
  std::map<std::string, Variant> variants;
  std::vector<DocKind> applies_to;
  std::vector<std::string> selectors;  // empty: the document root
  Condition when;
  std::optional<DayNumber> since, until;
  std::string kind;
  std::string engine_event;  // for kind `engine`: which engine finding this rule names
  bool stops = false;        // when it fires, the document gets no other finding
  Example example;
  std::string file;  // the rule file, for messages about the rule
  Position defined_at;
  const RuleFile* rule_file = nullptr;  // the parsed rule file, which the catalog keeps
  NodeId options = kNoNode;             // the kind's options in it (kNoNode: none), for settings to merge over
  std::unique_ptr<CheckSlot> compiled;

  /// The rule's compiled kind (compiled now if it was left for first use).
  const Check& check() const { return compiled->get(); }

  const Variant& variant(const std::string& name) const;
  /// The description in `language`, the English one when the rule has none in that language.
  const std::string& description_in(Language language) const;
  Severity severity_of(const std::string& variant_name) const;
  bool applies_to_kind(DocKind doc_kind) const;
  bool active_on(DayNumber today) const;
};

}  // namespace lint
