/// A job: one config and the documents it references, or one standalone document. The job owns
/// its documents, resolves references through an index, and releases everything when it ends.
#pragma once

#include <deque>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/core/files.h"
#include "lint/engine/diagnostics.h"
#include "lint/engine/discovery.h"
#include "lint/engine/loaded_files.h"
#include "lint/engine/options.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/check.h"
#include "lint/ruleset/document.h"
#include "lint/settings/rule_policy.h"

namespace lint {

/// What a job found, and what it checked.
struct JobResult {
  std::vector<Diagnostic> findings;  // sorted
  std::vector<Note> notes;
  std::vector<std::string> reported;  // the documents whose findings it reports, as shown (when listed)
  std::size_t checked = 0;            // documents linted (0: the job checked nothing)
};

class Job {
 public:
  /// `loaded`, when given, learns every file the job loads.
  Job(const Catalog& catalog, const LintOptions& options, LoadedFiles* loaded = nullptr)
      : m_catalog(catalog),
        m_options(options),
        m_policy(options.policy ? *options.policy : no_settings()),
        m_loaded(loaded),
        m_cwd(working_directory()) {}

  /// Reads, classifies and lints the job's file (and, for a config, what it references).
  JobResult run(const JobSpec& spec);

 private:
  Document* load(const std::string& path, const std::string* text, DocKind hint, const Document* config,
                 const Reference& reference);
  bool readable(Document& doc);
  bool parse(Document& doc);
  void run_rules(Document& doc);
  void hide_secrets(const Document& doc);
  void remember_secret(const Document& doc, const Finding& secret);
  void follow_references(const Document& config);
  void check_readable(const Document& config, const std::string& path, const Target& target, bool report_missing);
  void report_engine(const Document& doc, const std::string& event, ByteRange range, Args args,
                     const Document* at_doc = nullptr, std::vector<std::pair<const Document*, ByteRange>> related = {},
                     std::string variant = "default");
  void emit(const Rule& rule, const Document& doc, const Finding& finding);
  void apply_suppressions();

  static const RulePolicy& no_settings();

  const Catalog& m_catalog;
  const LintOptions& m_options;
  const RulePolicy& m_policy;
  LoadedFiles* m_loaded;
  const std::string m_cwd;  // the working directory, asked once: how relative paths become identities
  std::size_t keep_focus(const JobSpec& spec);
  bool names_focus(const Diagnostic& d) const;
  std::string id(const std::string& path) const { return identity(path, m_cwd); }
  std::string shown_path(const std::string& path) const;
  void note_standalone(const JobSpec& spec, const Document& doc);

  std::vector<Diagnostic> m_out;
  SourceLines m_lines;  // the findings' source lines, one copy per line
  std::vector<SecretSpan> m_secrets;  // masked in every finding on their lines when the job ends
  std::set<std::string> m_stopped;  // files a stopping rule fired in: their other rules did not run
  JobResult m_result;
  std::map<std::string, std::string> m_shown_as;  // a focus file's identity to its name as given
  // A focus file that is not a document (a certificate): its identity and the config value naming it.
  std::vector<std::pair<std::string, ByteRange>> m_naming;
  std::deque<Document> m_docs;
  std::set<std::string> m_seen;
  ReferenceIndex m_references;
  JobCache m_cache;
};

}  // namespace lint
