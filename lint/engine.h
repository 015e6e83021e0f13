/// Lints inputs: reads and parses files, follows a config's references, runs rules, sorts findings.
#pragma once

#include <string>
#include <vector>

#include "lint/catalog.h"
#include "lint/diagnostic.h"
#include "lint/yaml_tree.h"

namespace lint {

enum class Language { En, Nb };

struct LintOptions {
  DayNumber today = 0;
  ParseLimits limits;
  std::size_t max_file_size = 10 * 1024 * 1024;
  Language language = Language::En;
};

/// One input: a path given on the command line, or a document read from standard input.
struct Input {
  std::string path;
  std::string stdin_text;  // used when from_stdin
  bool from_stdin = false;
};

class Engine {
 public:
  Engine(const Catalog& catalog, LintOptions options) : m_catalog(catalog), m_options(std::move(options)) {}

  /// Lints every input (and what configs reference) and returns the findings, sorted.
  std::vector<Diagnostic> lint(const std::vector<Input>& inputs) const;

 private:
  const Catalog& m_catalog;
  LintOptions m_options;
};

}  // namespace lint
