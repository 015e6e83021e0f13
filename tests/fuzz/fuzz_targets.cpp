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

// The sample config without the lines that name its templates, its English text and its report:
// the cross-checks between the fuzzed nb text, the config and the nn text still run, and each
// input lints three documents instead of seven.
void write_text_config(const fs::path& from, const fs::path& to) {
  std::ifstream in(from);
  std::ofstream out(to, std::ios::trunc);
  for (std::string line; std::getline(in, line);)
    if (line.find("request_template:") == std::string::npos && line.find("consent.en.md") == std::string::npos &&
        line.find("integration_test_report:") == std::string::npos)
      out << line << '\n';
}

// A private copy of the correct sample repository, made once per process and removed at exit.
const fs::path& scratch_repository() {
  static const fs::path kDir = [] {
    std::string tmpl = (fs::temp_directory_path() / "dsoplint-fuzz-XXXXXX").string();
    const fs::path dir = ::mkdtemp(tmpl.data());
    const fs::path sample = fs::path(DSOPLINT_SOURCE_DIR) / "samples" / "eksempelbanken";
    fs::create_directory(dir / "texts");
    fs::copy_file(sample / "texts" / "samtykke.nn.md", dir / "texts" / "samtykke.nn.md");
    write_text_config(sample / "dsop.yaml", dir / "dsop.yaml");
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

// The name a rule file uses for a data table or schema: its path below rules/data/ or
// rules/schema/, without the extension (rules/data/text/phrases.yaml: text/phrases).
std::string table_name(const std::string& path) {
  const std::string rest = path.substr(path.find('/', path.find('/') + 1) + 1);
  return rest.substr(0, rest.rfind('.'));
}

// The pack's schemas and data with the one at `index` replaced by the bytes under the same name,
// and the pack's rule files that name it: only those rules read it, so the others are left out.
std::vector<RuleSource> pack_with(std::size_t index, std::string_view bytes) {
  static const std::vector<RuleSource> kFixed = schemas_and_data();
  auto sources = kFixed;
  sources[index].text = std::string(bytes);
  const std::string name = table_name(sources[index].name);
  for (const auto& s : embedded_rule_sources())
    if (s.name.rfind("rules/data/", 0) != 0 && s.name.rfind("rules/schema/", 0) != 0 &&
        s.text.find(name) != std::string::npos)
      sources.push_back(s);
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
  static const std::vector<RuleSource> kFixed = schemas_and_data();
  auto alone = kFixed;
  alone.emplace_back("fuzz.yaml", std::string(bytes));
  try_load(alone);
  // The same bytes as one of the pack's data tables or schemas, chosen by the input itself.
  if (kFixed.empty()) return;
  const std::size_t pick = bytes.empty() ? 0 : static_cast<unsigned char>(bytes[0]) % kFixed.size();
  try_load(pack_with(pick, bytes));
}

}  // namespace lint::fuzz
