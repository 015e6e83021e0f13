/// Output formats: text (with source line and caret), JSON, SARIF 2.1.0.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "lint/ruleset/catalog.h"
#include "lint/core/diagnostic.h"

namespace lint {

struct OutputInfo {
  std::string tool_version;
  std::string rules_version;
  bool color = false;
  bool quiet = false;
  std::vector<Note> notes;  // what the run tells besides findings (skipped files, skipped checks)
};

/// Notes as `note: path: message` lines (text output prints them on standard error).
void write_notes(std::ostream& out, const std::vector<Note>& notes);

void write_text(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info);
void write_json(std::ostream& out, const std::vector<Diagnostic>& diags, const OutputInfo& info);
void write_sarif(std::ostream& out, const std::vector<Diagnostic>& diags, const Catalog& catalog, const OutputInfo& info);

/// A short stable hash (16 hex digits, FNV-1a 64) for fingerprints.
std::string stable_hash(std::string_view text);

}  // namespace lint
