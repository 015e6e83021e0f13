// Golden fixtures: for every tests/fixtures/<RULE>/, pass.* lints clean and fail.* prints expected.txt;
// the fixture folders and the rules of the built-in pack are the same set.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "lint/cli/cli.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(DSOPLINT_SOURCE_DIR) / "tests" / "fixtures";

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

struct Run {
  int rc;
  std::string out, err;
};

// Runs the CLI in the fixture folder, so reported paths are relative to it.
Run run_in(const fs::path& dir, std::vector<std::string> args) {
  const fs::path old = fs::current_path();
  fs::current_path(dir);
  args.insert(args.begin(), "dsoplint");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream out, err;
  const int rc = lint::run_cli(static_cast<int>(argv.size()), argv.data(), out, err);
  fs::current_path(old);
  return {rc, out.str(), err.str()};
}

std::vector<fs::path> fixture_dirs() {
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(kFixtures))
    if (e.is_directory()) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

// The entry named pass or fail: a file pass.yaml / fail.json / ..., or a folder pass/ or fail/.
std::string entry(const fs::path& dir, const std::string& stem) {
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().stem() == stem) return e.path().filename().string();
  return "";
}

std::vector<std::string> fixture_args(const fs::path& dir) {
  const fs::path file = dir / "args";
  auto args = fs::exists(file) ? words(read_all(file)) : std::vector<std::string>{"--today", "2026-11-27"};
  args.insert(args.end(), {"--fail-on", "info"});  // a finding of any severity fails the run
  return args;
}

// A passing input has no open finding; it may show used suppressions (DSOP010's and DSOP011's do).
bool clean(const std::string& out) {
  static const std::regex kClean("no problems found( \\([0-9]+ suppressed\\))?\n");
  return std::regex_match(out, kClean);
}

}  // namespace

TEST_CASE("golden: every rule has a fixture folder, and every fixture folder names a rule") {
  const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  std::vector<std::string> rules, folders;
  for (const lint::Rule& r : catalog->rules()) rules.push_back(r.id);
  for (const auto& dir : fixture_dirs()) folders.push_back(dir.filename().string());
  for (const auto& id : rules) {
    INFO("rule " << id << " has no folder tests/fixtures/" << id);
    CHECK(std::find(folders.begin(), folders.end(), id) != folders.end());
  }
  for (const auto& name : folders) {
    INFO("tests/fixtures/" << name << " names no rule of the built-in pack");
    CHECK(std::find(rules.begin(), rules.end(), name) != rules.end());
  }
}

TEST_CASE("golden: every rule fixture") {
  const auto dirs = fixture_dirs();
  REQUIRE(dirs.size() >= 11);
  for (const auto& dir : dirs) {
    const std::string rule = dir.filename().string();
    DYNAMIC_SECTION(rule) {
      const std::string pass = entry(dir, "pass"), fail = entry(dir, "fail");
      REQUIRE(!fail.empty());
      auto args = fixture_args(dir);
      if (!pass.empty()) {
        auto pass_args = args;
        pass_args.push_back(pass);
        const Run r = run_in(dir, pass_args);
        INFO(r.out << r.err);
        CHECK(r.rc == 0);
        CHECK(clean(r.out));
      }
      args.push_back(fail);
      const Run r = run_in(dir, args);
      const fs::path expected_file = dir / "expected.txt";
      if (std::getenv("DSOPLINT_UPDATE_GOLDEN")) std::ofstream(expected_file, std::ios::binary) << r.out;
      const std::string expected = read_all(expected_file);
      CHECK(r.out == expected);
      CHECK(r.rc == 1);
      // The failing input must make this very rule fire.
      CHECK(r.out.find("[" + rule + " ") != std::string::npos);
    }
  }
}
