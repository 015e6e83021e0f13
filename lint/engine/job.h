/// A job: one config and the documents it references, or one standalone document. The job owns
/// its documents, resolves references through an index, and releases everything when it ends.
#pragma once

#include <deque>
#include <set>
#include <string>
#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/core/files.h"
#include "lint/engine/discovery.h"
#include "lint/engine/options.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/check.h"
#include "lint/ruleset/document.h"

namespace lint {

class Job {
 public:
  Job(const Catalog& catalog, const LintOptions& options) : m_catalog(catalog), m_options(options) {}

  /// Reads, classifies and lints the job's file (and, for a config, what it references); returns
  /// the findings, sorted.
  std::vector<Diagnostic> run(const JobSpec& spec);

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
  std::vector<Diagnostic> m_out;
  std::deque<Document> m_docs;
  std::set<std::string> m_seen;
  ReferenceIndex m_references;
  JobCache m_cache;
};

}  // namespace lint
