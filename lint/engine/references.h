/// The files a config names, as the `references` data table describes them (which fields name
/// templates, texts, certificates or reports).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/engine/options.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/check.h"
#include "lint/ruleset/document.h"

namespace lint {

struct ConfigReference {
  Target target;                // the config value that names the file
  std::string path;             // resolved from the config's folder, lexically normal
  std::optional<DocKind> kind;  // the document it is; none: a file only checked to be readable
  bool report_missing = true;   // false: a missing file is not reported (the table says `missing: ignore`)
};

/// Every file the parsed config names, in table order.
std::vector<ConfigReference> config_references(const Catalog& catalog, const Document& config);

/// The files the config at `path` names (documents, certificates, reports), or none when it cannot be read or
/// parsed; the config is not linted.
std::vector<std::string> files_named_by(const Catalog& catalog, const LintOptions& options, const std::string& path);

}  // namespace lint
