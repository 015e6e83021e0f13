// Fuzz targets: each takes arbitrary bytes and must never crash, hang or leak.
#pragma once

#include <string_view>

namespace lint::fuzz {

/// Lints the bytes as a config (dsop.yaml), then as a template, with the whole embedded rule pack.
void lint_yaml(std::string_view bytes);
/// Lints the bytes as the nb consent text of the sample bank repository (its config and nn text),
/// through its config (so the cross-checks against the config and the nn text run), and as a
/// text on its own.
void lint_text(std::string_view bytes);
/// Reads the bytes as a certificate file (PEM, DER or PKCS#12).
void read_certs(std::string_view bytes);
/// Loads the bytes as a rule file beside the pack's schemas and data (no id clashes), as one of
/// the pack's data tables, and as the config schema (errors are expected, crashes are not).
void load_rules(std::string_view bytes);

}  // namespace lint::fuzz
