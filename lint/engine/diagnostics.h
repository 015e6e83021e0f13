/// From a kind's finding to what users see: positions, the message in their language, masking.
#pragma once

#include "lint/core/diagnostic.h"
#include "lint/ruleset/check.h"
#include "lint/ruleset/document.h"
#include "lint/ruleset/rule.h"

namespace lint {

/// A diagnostic for a finding: position, message in the chosen language, fingerprint.
Diagnostic make_diagnostic(const Rule& rule, const Document& doc, const Finding& finding, Language language);
/// Hides a secret in a diagnostic that starts on one of the secret's lines: its characters in the
/// source line become `*` (the fingerprint follows), and its text leaves the message.
void mask_secret(Diagnostic& diagnostic, const Document& doc, ByteRange secret, bool scrub_message = true);

}  // namespace lint
