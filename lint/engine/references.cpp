// config_references: the references table applied to a config; files_named_by for discovery.
#include "lint/engine/references.h"

#include <filesystem>

#include "lint/core/file_paths.h"
#include "lint/core/files.h"
#include "lint/ruleset/selector.h"

namespace lint {

namespace fs = std::filesystem;

std::vector<ConfigReference> config_references(const Catalog& catalog, const Document& config) {
  std::vector<ConfigReference> out;
  const DataRef* refs = catalog.data("references");
  if (!refs || !config.yaml) return out;
  const YamlDocument& ry = refs->file->yaml;
  for (NodeId item : ry.node(refs->node).children) {
    const std::string selector = ry.scalar(ry.get(item, "select"));
    const auto kind = parse_doc_kind(ry.scalar(ry.get(item, "kind")));
    const bool report_missing = ry.scalar(ry.get(item, "missing")) != "ignore";
    for (const Target& t : select_targets(*config.yaml, selector)) {
      if (t.node == kNoNode || !config.yaml->is_scalar(t.node)) continue;
      const std::string& value = config.yaml->scalar(t.node);
      if (value.empty() || value.rfind("${", 0) == 0) continue;  // a ${NAME} is resolved at deploy time
      out.push_back({t, normal_join(config.base_dir, value), kind, report_missing});
    }
  }
  return out;
}

std::vector<std::string> files_named_by(const Catalog& catalog, const LintOptions& options, const std::string& path) {
  auto bytes = read_file(path, options.max_file_size);
  if (std::holds_alternative<ReadFailure>(bytes)) return {};
  Document config;
  config.kind = DocKind::Config;
  config.source = SourceFile(path, std::move(std::get<std::string>(bytes)));
  const std::string dir = fs::path(path).parent_path().string();
  config.base_dir = dir.empty() ? "." : dir;
  ParsedYaml parsed = parse_yaml(config.source, options.limits);
  if (parsed.stopped || parsed.documents.empty()) return {};
  config.yaml = std::move(parsed.documents.front());
  std::vector<std::string> out;
  for (const ConfigReference& r : config_references(catalog, config)) out.push_back(r.path);
  return out;
}

}  // namespace lint
