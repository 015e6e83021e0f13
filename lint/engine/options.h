/// What a lint run is told: the date, limits and language, and the inputs it is given.
#pragma once

#include <cstddef>
#include <string>

#include "lint/core/date.h"
#include "lint/core/diagnostic.h"
#include "lint/yaml/yaml_tree.h"

namespace lint {

class RulePolicy;

struct LintOptions {
  DayNumber today = 0;
  ParseLimits limits;
  std::size_t max_file_size = 10 * 1024 * 1024;
  Language language = Language::En;
  unsigned jobs = 0;                   // jobs linted at once; 0: one per core
  const RulePolicy* policy = nullptr;  // the settings file's; null: every rule as its rule file says
  bool list_reported = true;           // fill LintResult::reported (a baseline needs it; a plain run does not)
};

/// One input: a path given on the command line, or a document read from standard input.
struct Input {
  std::string path;
  std::string stdin_text;  // used when from_stdin
  bool from_stdin = false;
};

}  // namespace lint
