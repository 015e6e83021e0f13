// Every built-in rule's `example:` is a test: its fail example gives exactly one finding of that
// rule, and its pass example none. The examples are what `dsoplint explain` prints, so they must be true.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "lint/engine/engine.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(DSOPLINT_SOURCE_DIR) / "tests" / "fixtures";

// Rules whose input cannot be shown as an example: it is not UTF-8 text, or too large to print.
const std::set<std::string> kWithoutExample = {
    "DSOP008",  // invalid UTF-8 cannot be written in a rule file, which is UTF-8 itself
    "DSOP009",  // nesting over 1,000 levels or an alias bomb
    "TXT015",   // a text over 1,500 characters
};

const lint::Catalog& builtin() {
  static const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  return *catalog;
}

// A fresh folder with the rule's example context (tests/fixtures/<ID>/example/) copied into it.
fs::path example_folder(const std::string& rule, const std::string& which) {
  const fs::path dir =
      fs::temp_directory_path() / ("dsoplint-example-" + std::to_string(::getpid()) + "-" + rule + "-" + which);
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path context = kFixtures / rule / "example";
  if (fs::is_directory(context)) fs::copy(context, dir, fs::copy_options::recursive);
  return dir;
}

// The 15th of the month the rule was verified: its examples must be true then.
lint::DayNumber example_day(const lint::Rule& rule) { return *lint::parse_date(rule.verified + "-15"); }

struct ExampleRun {
  std::vector<lint::Diagnostic> mine;  // this rule's findings in the example file
  std::string all;                     // every finding, for the failure message
};

// Lints the example as the file it names (default dsop.yaml); when the example is not the config
// and the context has one, the config is linted, so the example is checked in its context.
ExampleRun run_example(const lint::Rule& rule, const std::string& which, const std::string& text) {
  const fs::path dir = example_folder(rule.id, which);
  const fs::path file = (dir / (rule.example.file.empty() ? "dsop.yaml" : rule.example.file)).lexically_normal();
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
  const fs::path config = dir / "dsop.yaml";
  const fs::path target = file != config && fs::exists(config) ? config : file;
  lint::LintOptions options;
  options.today = example_day(rule);
  const auto diags = lint::Engine(builtin(), options).lint({lint::Input{target.string(), "", false}});
  ExampleRun run;
  for (const auto& d : diags) {
    run.all +=
        d.location.path + ":" + std::to_string(d.location.start.line) + ": " + d.rule_id + " " + d.message + "\n";
    if (d.rule_id == rule.id && fs::path(d.location.path).lexically_normal() == file) run.mine.push_back(d);
  }
  fs::remove_all(dir);
  return run;
}

}  // namespace

TEST_CASE("rule examples: every rule has a fail and a pass example, unless its input cannot be shown") {
  for (const lint::Rule& rule : builtin().rules()) {
    INFO(rule.id);
    const bool without = kWithoutExample.count(rule.id) > 0;
    CHECK(rule.example.fail.empty() == without);
    CHECK(rule.example.pass.empty() == without);
    // A template or text example names the file it is linted as; the default is a config.
    const bool config =
        std::find(rule.applies_to.begin(), rule.applies_to.end(), lint::DocKind::Config) != rule.applies_to.end();
    if (!without && !config) CHECK(!rule.example.file.empty());
  }
}

TEST_CASE("rule examples: the fail example gives exactly that rule's finding, the pass example none") {
  for (const lint::Rule& rule : builtin().rules()) {
    if (rule.example.fail.empty() || rule.verified.empty()) continue;
    DYNAMIC_SECTION(rule.id) {
      const ExampleRun fail = run_example(rule, "fail", rule.example.fail);
      INFO("fail example of " << rule.id << " gives:\n" << fail.all);
      CHECK(fail.mine.size() == 1);
      const ExampleRun pass = run_example(rule, "pass", rule.example.pass);
      INFO("pass example of " << rule.id << " gives:\n" << pass.all);
      CHECK(pass.mine.empty());
    }
  }
}

TEST_CASE("rule pack: every built-in rule records the month it was verified and a bokmål description") {
  for (const lint::Rule& rule : builtin().rules()) {
    INFO(rule.id);
    CHECK(!rule.verified.empty());
    CHECK(!rule.description_nb.empty());
    CHECK(rule.description_nb != rule.description);
  }
}
