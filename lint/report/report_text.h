/// The report's own words (headings, status names, verdict phrases) in nb and en, from the
/// `report-text` data table (rules/data/report-text.yaml).
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "lint/core/diagnostic.h"
#include "lint/ruleset/rule_file.h"

namespace lint {

class Catalog;

namespace report {

/// Values for `{name}` placeholders.
using TextArgs = std::map<std::string, std::string>;

class ReportText {
 public:
  /// Reads the table in `language`; throws RuleFileError (file, line, column) when a key the
  /// report uses is missing, a key is unknown, or an entry lacks a language.
  static ReportText load(const Catalog& catalog, Language language);

  /// The text under `key` with its placeholders filled.
  std::string get(const std::string& key, const TextArgs& args = {}) const;
  /// The `one` or `other` form under `key` for `n`, with `{n}` and the other placeholders filled.
  std::string count(const std::string& key, std::size_t n, TextArgs args = {}) const;

 private:
  struct Entry {
    std::string one, other;  // a text without plural forms keeps it in `other`
  };
  static Entry read_forms(Options& entry, const std::string& lang, const std::string& key);
  std::map<std::string, Entry> m_entries;
};

/// Replaces every `{name}` in `text` with its value; unknown names stay as they are.
std::string fill(std::string text, const TextArgs& args);

}  // namespace report
}  // namespace lint
