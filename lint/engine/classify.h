/// Recognising document kinds from file names and content.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/ruleset/catalog.h"
#include "lint/ruleset/document.h"

namespace lint {

/// The file names a config goes by (dsop.yaml first): what a folder search and a search upward find.
const std::vector<std::string>& config_file_names();
/// The kind a file name suggests: dsop.yaml is a config, *.md, *.markdown or *.txt a text, else yaml.
DocKind kind_from_name(const std::string& path);
/// A certificate or key file by its name (.pem, .crt, .cer, .der, .p12, .pfx, .key): not a document,
/// checked only through the config that names it.
bool certificate_name(const std::string& path);
/// The kind the content shows: a config has version and service; a template has a top-level key
/// that one of the catalog's template schemas is recognised by (`recognise_by`), or mostly the
/// fields of a template schema that is recognised by its fields (`recognise_by_fields`).
DocKind classify(const YamlDocument& yaml, DocKind hint, const Catalog& catalog);
/// The offset of the first control character YAML forbids (C0 but tab, LF, CR; DEL), or nothing.
std::optional<std::size_t> first_forbidden_control(std::string_view text);
/// A byte as "0xE6".
std::string byte_hex(char byte);

}  // namespace lint
