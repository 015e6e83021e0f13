// Fuzz targets over the public entry points: the engine, the certificate reader and the rule loader.
#include "fuzz_targets.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "lint/cert/cert_reader.h"
#include "lint/engine/engine.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/embedded_rules.h"

namespace lint::fuzz {

namespace {

namespace fs = std::filesystem;

const Catalog& catalog() {
  static const auto kCatalog = load_catalog(embedded_rule_sources());
  return *kCatalog;
}

LintOptions options() {
  LintOptions o;
  o.today = *parse_date("2026-11-27");
  o.jobs = 1;
  return o;
}

void lint_as(std::string_view bytes, const std::string& name) {
  Engine(catalog(), options()).lint({{name, std::string(bytes), true}});
}

// A private copy of the correct sample repository, made once per process and removed at exit.
const fs::path& scratch_repository() {
  static const fs::path kDir = [] {
    std::string tmpl = (fs::temp_directory_path() / "dsoplint-fuzz-XXXXXX").string();
    const fs::path dir = ::mkdtemp(tmpl.data());
    fs::copy(fs::path(DSOPLINT_SOURCE_DIR) / "samples" / "eksempelbanken", dir, fs::copy_options::recursive);
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(scratch_repository(), ec);
    });
    return dir;
  }();
  return kDir;
}

// Rule sources of the pack without its rules: a fuzzed rule file then clashes with no id.
std::vector<RuleSource> schemas_and_data() {
  std::vector<RuleSource> out;
  for (const auto& s : embedded_rule_sources())
    if (s.name.rfind("rules/data/", 0) == 0 || s.name.rfind("rules/schema/", 0) == 0) out.push_back(s);
  return out;
}

// The pack with the source at `index` replaced by the bytes under the same name.
std::vector<RuleSource> pack_with(std::size_t index, std::string_view bytes) {
  auto sources = embedded_rule_sources();
  sources[index].text = std::string(bytes);
  return sources;
}

void try_load(const std::vector<RuleSource>& sources) {
  try {
    load_catalog(sources);
  } catch (const RuleFileErrors&) {
  }
}

}  // namespace

void lint_yaml(std::string_view bytes) {
  lint_as(bytes, "dsop.yaml");
  lint_as(bytes, "request.json");
}

void lint_text(std::string_view bytes) {
  const fs::path& repo = scratch_repository();
  std::ofstream(repo / "texts" / "samtykke.nb.md", std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  Engine(catalog(), options()).lint({{(repo / "dsop.yaml").string(), "", false}});
  lint_as(bytes, "samtykke.nb.md");
}

void read_certs(std::string_view bytes) { cert::read_certificates(bytes); }

void load_rules(std::string_view bytes) {
  auto alone = schemas_and_data();
  alone.push_back({"fuzz.yaml", std::string(bytes)});
  try_load(alone);
  // The same bytes as one of the pack's data tables or schemas, chosen by the input itself.
  const auto& sources = embedded_rule_sources();
  std::vector<std::size_t> tables;
  for (std::size_t i = 0; i < sources.size(); ++i)
    if (sources[i].name.rfind("rules/data/", 0) == 0 || sources[i].name.rfind("rules/schema/", 0) == 0)
      tables.push_back(i);
  if (tables.empty()) return;
  const std::size_t pick = bytes.empty() ? 0 : static_cast<unsigned char>(bytes[0]) % tables.size();
  try_load(pack_with(tables[pick], bytes));
}

}  // namespace lint::fuzz
