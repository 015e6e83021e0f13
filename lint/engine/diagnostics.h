/// From a kind's finding to what users see: positions, the message in their language, masking.
#pragma once

#include <map>
#include <utility>
#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/ruleset/check.h"
#include "lint/ruleset/document.h"
#include "lint/ruleset/rule.h"

namespace lint {

/// The printable source lines of one job's findings, each made once and shared by the findings
/// that start on it. One thread uses it; the sources outlive it.
class SourceLines {
 public:
  SourceLine of(const SourceFile& source, std::size_t line);

 private:
  std::map<std::pair<const SourceFile*, std::size_t>, SourceLine> m_lines;
};

/// A diagnostic for a finding: position, message in the chosen language, source line. A secret's
/// own finding gets no source line here: mask_secrets gives it the masked one.
Diagnostic make_diagnostic(const Rule& rule, const Document& doc, const Finding& finding, Language language,
                           SourceLines& lines);

/// A secret a job found: its document, its bytes and the lines they cover.
struct SecretSpan {
  const Document* doc = nullptr;
  ByteRange range;
  std::size_t first_line = 0;
  std::size_t last_line = 0;
};
SecretSpan secret_span(const Document& doc, ByteRange range);

/// Hides the secrets in the diagnostics that start on their lines, every secret of a line at once:
/// each of their characters in the source line becomes `*` (the fingerprint follows), and their
/// text leaves the message. A line is masked once, however many diagnostics start on it.
void mask_secrets(std::vector<Diagnostic>& diagnostics, const std::vector<SecretSpan>& secrets);

}  // namespace lint
