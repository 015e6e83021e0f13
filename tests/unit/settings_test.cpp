// The settings file: reading it (keys, types, positions), discovery upward, globs, and the policy it
// gives the built-in rules (selection by id, slug and prefix, severities, options, per-path overrides).
#include <catch2/catch.hpp>

#include <unistd.h>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lint/cli/cli.h"
#include "lint/engine/engine.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"
#include "lint/settings/glob.h"
#include "lint/settings/rule_policy.h"

namespace fs = std::filesystem;
using lint::RulePolicy;
using lint::Settings;
using Lines = std::vector<std::string>;

namespace {

// The scratch folders the tests made, removed when the test program ends.
struct ScratchFolders {
  std::vector<fs::path> made;
  ~ScratchFolders() {
    std::error_code ec;
    for (const fs::path& dir : made) fs::remove_all(dir, ec);
  }
};

// A fresh, empty folder for one test.
fs::path scratch(const std::string& name) {
  static std::atomic<int> counter{0};
  static ScratchFolders folders;
  const fs::path dir = fs::temp_directory_path() / ("dsoplint-settings-" + std::to_string(::getpid()) + "-" +
                                                    std::to_string(counter++) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  folders.made.push_back(dir);
  return dir;
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

const lint::Catalog& builtin() {
  static const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  return *catalog;
}

// Every error reading `text` as a settings file gives, without the folder part of the path.
Lines errors_of(const std::string& text, const lint::Catalog& catalog = builtin()) {
  const fs::path dir = scratch("errors");
  write(dir / ".dsoplint.yaml", text);
  Lines out;
  try {
    RulePolicy::resolve(lint::load_settings((dir / ".dsoplint.yaml").string()), catalog);
  } catch (const lint::SettingsErrors& e) {
    for (const auto& error : e.errors()) out.push_back(std::string(error.what()).substr(dir.string().size() + 1));
  }
  return out;
}

// The policy of `text` as `.dsoplint.yaml` in `dir`.
RulePolicy policy_of(const fs::path& dir, const std::string& text) {
  write(dir / ".dsoplint.yaml", text);
  return RulePolicy::resolve(lint::load_settings((dir / ".dsoplint.yaml").string()), builtin());
}

const lint::Rule& rule(const std::string& id) {
  const lint::Rule* r = builtin().find(id);
  REQUIRE(r);
  return *r;
}

// The ids of the built-in rules the policy turns off for every file.
Lines disabled(const RulePolicy& policy) {
  Lines out;
  for (const lint::Rule& r : builtin().rules())
    if (!policy.global(r).enabled.value_or(true)) out.push_back(r.id);
  return out;
}

}  // namespace

TEST_CASE("settings: rule selection by id, slug and prefix; enable re-enables what a prefix disabled") {
  const fs::path dir = scratch("select");
  const auto policy = policy_of(dir, "disable: [TXT014, text-length, OPS, mp01]\nenable: [OPS003]\n");
  CHECK(disabled(policy) == Lines{"MP010", "OPS001", "OPS002", "OPS004", "OPS005", "TXT014", "TXT015"});
  CHECK_FALSE(policy.reports_anywhere(rule("OPS001")));
  CHECK(policy.reports_anywhere(rule("OPS003")));
  CHECK(policy.reports_anywhere(rule("MP001")));  // MP01 selects MP010 only: a prefix is an id's beginning
}

TEST_CASE("settings: severity overrides apply to every finding of the rule") {
  const fs::path dir = scratch("severity");
  const auto policy = policy_of(dir, "severity: {MP010: error, readability: warning, OPS: info}\n");
  const std::string file = (dir / "dsop.yaml").string();
  CHECK(policy.severity(rule("MP010"), file, lint::Severity::Warning) == lint::Severity::Error);
  CHECK(policy.severity(rule("TXT014"), file, lint::Severity::Info) == lint::Severity::Warning);
  CHECK(policy.severity(rule("OPS003"), file, lint::Severity::Error) == lint::Severity::Info);
  CHECK(policy.severity(rule("MP001"), file, lint::Severity::Error) == lint::Severity::Error);
}

TEST_CASE("settings: per-path overrides apply to the files their globs match, later ones winning") {
  const fs::path dir = scratch("overrides");
  const auto policy = policy_of(dir,
                                "disable: [TXT014]\n"
                                "overrides:\n"
                                "  - files: [\"legacy/**\"]\n"
                                "    disable: [ALT002]\n"
                                "    severity: {MP010: info}\n"
                                "  - files: [\"legacy/keep/*.md\", \"texts/?ykke.nb.md\"]\n"
                                "    enable: [ALT002, TXT014]\n");
  const auto at = [&](const std::string& rel) { return (dir / rel).string(); };
  CHECK_FALSE(policy.enabled(rule("ALT002"), at("legacy/dsop.yaml")));
  CHECK_FALSE(policy.enabled(rule("ALT002"), at("legacy/a/b/template.json")));
  CHECK(policy.enabled(rule("ALT002"), at("legacy/keep/samtykke.nb.md")));
  CHECK(policy.enabled(rule("ALT002"), at("dsop.yaml")));
  CHECK(policy.enabled(rule("ALT002"), at("other/legacy/dsop.yaml")));  // globs start at the settings file
  CHECK_FALSE(policy.enabled(rule("TXT014"), at("texts/samtykke.nb.md")));
  CHECK(policy.enabled(rule("TXT014"), at("texts/fykke.nb.md")));
  CHECK(policy.reports_anywhere(rule("TXT014")));  // an override turns it on for some files
  CHECK(policy.severity(rule("MP010"), at("legacy/dsop.yaml"), lint::Severity::Warning) == lint::Severity::Info);
  CHECK(policy.severity(rule("MP010"), at("dsop.yaml"), lint::Severity::Warning) == lint::Severity::Warning);
  CHECK(policy.enabled(rule("ALT002"), "/elsewhere/legacy/dsop.yaml"));  // outside the settings file's folder
}

TEST_CASE("settings: globs") {
  auto [pattern, path, matches] = GENERATE(table<std::string, std::string, bool>({
      {"legacy/**", "legacy/dsop.yaml", true},
      {"legacy/**", "legacy/a/b/c.json", true},
      {"legacy/**", "legacyx/dsop.yaml", false},
      {"legacy", "legacy/a/b.json", true},  // a folder covers what is in it
      {"./legacy/*.yaml", "legacy/dsop.yaml", true},
      {"*.yaml", "dsop.yaml", true},
      {"*.yaml", "a/dsop.yaml", false},
      {"**/*.json", "consent/prod-request.json", true},
      {"**/*.json", "prod-request.json", true},
      {"consent/*-request.json", "consent/prod-request.json", true},
      {"consent/*-request.json", "consent/prod/request.json", false},
      {"texts/samtykke.??.md", "texts/samtykke.nb.md", true},
      {"texts/samtykke.??.md", "texts/samtykke.nbx.md", false},
      {"a/**/b", "a/b", true},
      {"a/**/b", "a/x/y/b", true},
      {"a*b*c", "abxbc", true},
      {"a*b*c", "abxbx", false},
      {"", "dsop.yaml", false},
  }));
  INFO(pattern << " ~ " << path);
  CHECK(lint::glob_matches(pattern, path) == matches);
}

TEST_CASE("settings: options are merged over the rule file's and change what the rule finds") {
  const fs::path dir = scratch("options");
  const auto policy = policy_of(dir, "options:\n  TXT014: {max: 1}\n");
  lint::LintOptions options;
  options.today = *lint::parse_date("2026-11-27");
  options.policy = &policy;
  const std::string text = "Banken henter krav og betalinger fra Skatteetaten.\n";
  const std::string name = (dir / "texts" / "samtykke.nb.md").string();
  Lines found;
  for (const auto& d : lint::Engine(builtin(), options).lint({lint::Input{name, text, true}}))
    if (d.rule_id == "TXT014") found.push_back(d.message);
  REQUIRE(found.size() == 1);
  CHECK_THAT(found[0], Catch::Contains("above 1;"));
  options.policy = nullptr;  // with the rule file's own max (50) the text is easy enough
  for (const auto& d : lint::Engine(builtin(), options).lint({lint::Input{name, text, true}}))
    CHECK(d.rule_id != "TXT014");
}

TEST_CASE("settings: errors have the settings file's line and column and a did-you-mean") {
  auto [text, expected] = GENERATE(table<std::string, Lines>({
      {"disabel: [OPS]\n", {".dsoplint.yaml:1:1: unknown key 'disabel' in the settings; did you mean 'disable'?"}},
      {"zzz: 1\n",
       {".dsoplint.yaml:1:1: unknown key 'zzz' in the settings; expected one of: rules, disable, enable, severity, "
        "fail_on, options, overrides"}},
      {"disable: [TXT104]\n", {".dsoplint.yaml:1:11: no rule 'TXT104'; did you mean 'TXT004'?"}},
      {"enable: [readabilty]\n", {".dsoplint.yaml:1:10: no rule 'readabilty'; did you mean 'readability'?"}},
      {"disable: {a: 1}\n", {".dsoplint.yaml:1:10: 'disable' must be a value or a list of values"}},
      {"severity: {MP010: eror}\n",
       {".dsoplint.yaml:1:19: the severity of 'MP010' must be error, warning or info; did you mean 'error'?"}},
      {"fail_on: warnig\n",
       {".dsoplint.yaml:1:10: 'fail_on' must be error, warning, info or never, not 'warnig'; did you mean "
        "'warning'?"}},
      {"fail_on: [error]\n", {".dsoplint.yaml:1:10: 'fail_on' must be error, warning, info or never"}},
      {"options:\n  TXT014: {maks: 55}\n", {".dsoplint.yaml:2:12: unknown option 'maks' (did you mean 'max'?)"}},
      {"options:\n  TXT014:\n    max: high\n", {".dsoplint.yaml:3:10: option 'max' must be a number, not 'high'"}},
      {"options:\n  TXT: {max: 1}\n",
       {".dsoplint.yaml:2:3: options are for one rule: name it by its id or slug, not 'TXT'"}},
      {"options:\n  DSOP001: {event: yaml-syntax}\n", {".dsoplint.yaml:2:3: rule DSOP001 has no options to set"}},
      {"options: {TXT014: 5}\n",
       {".dsoplint.yaml:1:19: the options of 'TXT014' must be a mapping of option names to values"}},
      {"overrides:\n  - file: [a]\n    disable: [OPS]\n",
       {".dsoplint.yaml:2:5: unknown key 'file' in an override; did you mean 'files'?",
        ".dsoplint.yaml:2:5: an override needs 'files': the globs of the files it applies to"}},
      {"overrides: {files: a}\n", {".dsoplint.yaml:1:12: 'overrides' must be a list of mappings, each with 'files'"}},
      {"rules: [no-such-folder/]\n",
       {".dsoplint.yaml:1:9: the rule path 'no-such-folder/' does not exist (paths are relative to the settings "
        "file)"}},
      {"disable: [OPS]\ndisable: [TXT]\n", {".dsoplint.yaml:2:1: duplicate key 'disable'"}},
      {"disable: [OPS\n", {".dsoplint.yaml:2:1: end of sequence flow not found"}},
      {"- OPS\n",
       {".dsoplint.yaml:1:1: the settings file must be a mapping of rules, disable, enable, severity, "
        "fail_on, options, overrides"}},
  }));
  INFO(text);
  CHECK(errors_of(text) == expected);
}

TEST_CASE("settings: an empty file, or one of comments, changes nothing") {
  for (const char* text : {"", "# nothing yet\n"}) {
    INFO(text);
    CHECK(errors_of(text).empty());
    CHECK(disabled(policy_of(scratch("empty"), text)).empty());
  }
}

TEST_CASE("settings: a settings file that is missing is one error without a position") {
  try {
    lint::load_settings("no/such/.dsoplint.yaml");
    FAIL("loaded");
  } catch (const lint::SettingsErrors& e) {
    CHECK(std::string(e.what()) == "no/such/.dsoplint.yaml: the settings file does not exist");
  }
}

TEST_CASE("settings: .dsoplint.yaml is found in the first path's folder or its nearest parent") {
  const fs::path dir = scratch("find");
  write(dir / ".dsoplint.yaml", "disable: [OPS]\n");
  write(dir / "bank" / "texts" / "samtykke.nb.md", "tekst\n");
  write(dir / "bank" / "inner" / ".dsoplint.yaml", "\n");
  CHECK(fs::equivalent(lint::find_settings(dir / "bank" / "texts" / "samtykke.nb.md"), dir / ".dsoplint.yaml"));
  CHECK(fs::equivalent(lint::find_settings(dir / "bank" / "texts"), dir / ".dsoplint.yaml"));
  CHECK(fs::equivalent(lint::find_settings(dir / "bank" / "inner"), dir / "bank" / "inner" / ".dsoplint.yaml"));
  CHECK(fs::equivalent(lint::find_settings(dir / "bank" / "not-yet.yaml"), dir / ".dsoplint.yaml"));
}

TEST_CASE("settings: fail_on applies unless --fail-on is given, which wins") {
  const fs::path dir = scratch("fail-on");
  write(dir / ".dsoplint.yaml", "fail_on: info\n");
  // A config with little but its version: it has errors (missing fields), so only `never` passes it.
  const std::string config = (dir / "dsop.yaml").string();
  write(config, "version: 1\n");
  const auto exit_code = [&](std::vector<const char*> args) {
    args.insert(args.begin(), "dsoplint");
    std::ostringstream out, err;
    return lint::run_cli(static_cast<int>(args.size()), args.data(), out, err);
  };
  CHECK(exit_code({config.c_str(), "--today", "2026-11-27"}) == 1);
  CHECK(exit_code({config.c_str(), "--today", "2026-11-27", "--fail-on", "never"}) == 0);
  write(dir / ".dsoplint.yaml", "fail_on: never\n");
  CHECK(exit_code({config.c_str(), "--today", "2026-11-27"}) == 0);
  CHECK(exit_code({config.c_str(), "--today", "2026-11-27", "--fail-on", "error"}) == 1);
}

TEST_CASE("settings: a secret rule that is off reports nothing but still masks the secret in other findings") {
  const fs::path dir = scratch("secret");
  const auto policy = policy_of(dir, "disable: [secret-literal]\n");
  lint::LintOptions options;
  options.today = *lint::parse_date("2026-11-27");
  options.policy = &policy;
  const std::string fixture = std::string(DSOPLINT_SOURCE_DIR) + "/tests/fixtures/SEC001/fail";
  bool unknown_field = false;
  for (const auto& d : lint::Engine(builtin(), options).lint({lint::Input{fixture, "", false}})) {
    CHECK(d.rule_id != "SEC001");
    if (d.rule_id != "DSOP003" || d.location.start.line != 16) continue;
    unknown_field = true;
    CHECK(d.source_line == "      client_secret: ******************");
  }
  CHECK(unknown_field);
}
