// A deterministic mutation fuzzer over the samples, fixtures and rule files, run under the sanitizers in CI.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "fuzz_targets.h"
#include "lint/ruleset/embedded_rules.h"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> seeds(const std::vector<std::string>& extensions) {
  std::vector<std::string> out;
  for (const char* dir : {"samples", "tests/fixtures"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(DSOPLINT_SOURCE_DIR) / dir)) {
      if (!e.is_regular_file()) continue;
      for (const auto& ext : extensions) {
        if (e.path().extension() != ext) continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        out.push_back(s.str());
      }
    }
  }
  return out;
}

// One random edit: flip, insert, delete, duplicate a slice, or splice in a YAML-significant token.
std::string mutate(std::string s, std::mt19937& rng) {
  static const std::vector<std::string> kTokens = {
      "&a ",   "*a",        "<<: ", "[", "]",  "{",    "}",    "- ",    ": ", "\n  ", "\"",
      "'",     "|",         ">",    "#", "\t", "\xC3", "\xE5", "{{x}}", "%s", "\r",   std::string(1, '\0'),
      "---\n", "!!binary ", "? "};
  if (s.empty()) s = "a: b";
  std::uniform_int_distribution<std::size_t> pos(0, s.size() - 1);
  switch (rng() % 5) {
    case 0:
      s[pos(rng)] = static_cast<char>(rng() % 256);
      break;
    case 1:
      s.insert(pos(rng), kTokens[rng() % kTokens.size()]);
      break;
    case 2: {
      const std::size_t at = pos(rng);
      s.erase(at, std::min<std::size_t>(rng() % 16 + 1, s.size() - at));
      break;
    }
    case 3: {
      const std::size_t at = pos(rng);
      const std::size_t len = std::min<std::size_t>(rng() % 64 + 1, s.size() - at);
      s.insert(pos(rng), s.substr(at, len));
      break;
    }
    default:
      s.insert(pos(rng), std::string(rng() % 40 + 1, "[{-"[rng() % 3]));
  }
  return s;
}

template <typename Target>
void fuzz(const std::vector<std::string>& inputs, Target target, int rounds) {
  REQUIRE(!inputs.empty());
  std::mt19937 rng(20261127);
  for (int i = 0; i < rounds; ++i) {
    std::string s = inputs[static_cast<std::size_t>(i) % inputs.size()];
    const int edits = static_cast<int>(rng() % 8) + 1;
    for (int k = 0; k < edits; ++k) s = mutate(std::move(s), rng);
    target(s);
  }
}

}  // namespace

TEST_CASE("fuzz: configs and templates") { fuzz(seeds({".yaml", ".json"}), lint::fuzz::lint_yaml, 1500); }

TEST_CASE("fuzz: consent texts, through their config") { fuzz(seeds({".md"}), lint::fuzz::lint_text, 600); }

TEST_CASE("fuzz: rule files, data tables and schemas") {
  std::vector<std::string> rule_files;
  for (const auto& s : lint::embedded_rule_sources()) rule_files.push_back(s.text);
  fuzz(rule_files, lint::fuzz::load_rules, 400);
}

TEST_CASE("fuzz: certificate files") {
  std::vector<std::string> certs;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(DSOPLINT_SHARED_DATA) / "ca-certificates")) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    certs.push_back(s.str());
  }
  fuzz(certs, lint::fuzz::read_certs, 1500);
}

TEST_CASE("fuzz: every kept fuzzer regression input runs clean") {
  const std::map<std::string, void (*)(std::string_view)> targets = {{"lint_yaml", lint::fuzz::lint_yaml},
                                                                     {"lint_text", lint::fuzz::lint_text},
                                                                     {"read_certs", lint::fuzz::read_certs},
                                                                     {"load_rules", lint::fuzz::load_rules}};
  const fs::path dir = fs::path(DSOPLINT_SOURCE_DIR) / "tests" / "fuzz" / "regressions";
  REQUIRE(fs::is_directory(dir));
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() == ".md") continue;
    const std::string target = e.path().parent_path().filename().string();
    INFO(e.path().string());
    REQUIRE(targets.count(target) == 1);
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    targets.at(target)(s.str());
  }
}
