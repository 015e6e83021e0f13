// Lints every in.yaml of the YAML test suite: no crash or hang; DSOP001 exactly for the invalid cases,
// except the known failures listed in known_failures.txt (so a regression fails and a fix shows).
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lint/engine/engine.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/embedded_rules.h"

namespace fs = std::filesystem;

namespace {

const fs::path kSuite = fs::path(DSOPLINT_SHARED_DATA) / "yaml-test-suite";

std::set<std::string> known_failures() {
  std::ifstream in(fs::path(DSOPLINT_SOURCE_DIR) / "tests" / "suite" / "known_failures.txt");
  std::set<std::string> out;
  for (std::string line; std::getline(in, line);) {
    line = line.substr(0, line.find('#'));
    line.erase(line.find_last_not_of(" \t") + 1);
    if (!line.empty()) out.insert(line);
  }
  return out;
}

std::vector<fs::path> cases() {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(kSuite))
    if (e.path().filename() == "in.yaml") out.push_back(e.path().parent_path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("yaml-test-suite: DSOP001 exactly for the invalid inputs") {
  const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  lint::LintOptions options;
  options.today = *lint::parse_date("2026-11-27");
  const lint::Engine engine(*catalog, options);
  const auto known = known_failures();
  const auto all = cases();
  REQUIRE(all.size() == 402);
  std::size_t right = 0;
  std::vector<std::string> unexpected, fixed;
  for (const auto& dir : all) {
    const std::string name = fs::relative(dir, kSuite).string();
    const auto start = std::chrono::steady_clock::now();
    const auto diags = engine.lint({{(dir / "in.yaml").string(), "", false}});
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(elapsed < std::chrono::seconds(1));
    const bool reported = std::any_of(diags.begin(), diags.end(), [](const auto& d) { return d.rule_id == "DSOP001"; });
    const bool invalid = fs::exists(dir / "error");
    const bool ok = reported == invalid;
    right += ok;
    if (!ok && !known.count(name))
      unexpected.push_back(name + (invalid ? " (invalid, not reported)" : " (valid, reported)"));
    if (ok && known.count(name)) fixed.push_back(name);
  }
  if (const char* report = std::getenv("DSOPLINT_SUITE_REPORT")) {
    std::ofstream out(report);
    for (const auto& u : unexpected) out << u << '\n';
  }
  INFO("judged right: " << right << " of " << all.size());
  INFO("not in known_failures.txt: " << ::Catch::Detail::stringify(unexpected));
  INFO("fixed, remove from known_failures.txt: " << ::Catch::Detail::stringify(fixed));
  CHECK(unexpected.empty());
  CHECK(fixed.empty());
  CHECK(right + known.size() == all.size());
}
