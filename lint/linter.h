/// Lints one group of documents (a config and the files it references) with a catalog of rules.
#pragma once

#include <deque>
#include <set>
#include <string>
#include <vector>

#include "lint/catalog.h"
#include "lint/diagnostic.h"
#include "lint/document.h"
#include "lint/engine.h"
#include "lint/files.h"

namespace lint {

class Linter {
 public:
  Linter(const Catalog& catalog, const LintOptions& options, std::vector<Diagnostic>& out)
      : m_catalog(catalog), m_options(options), m_out(out) {}

  /// Reads, classifies and lints a file named on the command line (or given as text).
  void lint_input(const std::string& path, const std::string* text);

 private:
  Document* load(const std::string& path, const std::string* text, DocKind hint, const Document* config,
                 const Reference& reference);
  bool parse(Document& doc);
  void run_rules(Document& doc);
  void follow_references(const Document& config);
  void check_readable(const Document& config, const std::string& path, const Target& target, bool report_missing);
  void report_engine(const Document& doc, const std::string& event, ByteRange range, Args args,
                     const Document* at_doc = nullptr, std::vector<std::pair<const Document*, ByteRange>> related = {},
                     std::string variant = "default");
  void emit(const Rule& rule, const Document& doc, const Finding& finding);

  const Catalog& m_catalog;
  const LintOptions& m_options;
  std::vector<Diagnostic>& m_out;
  std::deque<Document> m_docs;
  std::set<std::string> m_seen;
};

/// Why a file could not be read, in words for a message.
std::string read_failure_text(const ReadFailure& failure);

/// A diagnostic for a finding: position, message in the chosen language, fingerprint.
Diagnostic make_diagnostic(const Rule& rule, const Document& doc, const Finding& finding, Language language);
/// Hides a secret in a diagnostic that starts on one of the secret's lines: its characters in the
/// source line become `*` (the fingerprint follows), and its text leaves the message.
void mask_secret(Diagnostic& diagnostic, const Document& doc, ByteRange secret, bool scrub_message = true);

}  // namespace lint
