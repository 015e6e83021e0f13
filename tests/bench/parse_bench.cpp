// Benchmark: our event-built YAML tree versus YAML::Load (plus a full walk) and a full lint, on N configs.
#include <yaml-cpp/yaml.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "lint/engine/engine.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/catalog.h"
#include "lint/ruleset/embedded_rules.h"
#include "lint/yaml/yaml_tree.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::size_t walk(const YAML::Node& n) {
  std::size_t count = 1;
  if (n.IsMap())
    for (const auto& kv : n) count += walk(kv.first) + walk(kv.second);
  else if (n.IsSequence())
    for (const auto& item : n) count += walk(item);
  return count;
}

std::vector<std::pair<std::string, std::string>> read_configs(const fs::path& dir) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().filename() != "dsop.yaml") continue;
    std::ifstream in(e.path());
    std::ostringstream s;
    s << in.rdbuf();
    out.emplace_back(e.path().string(), s.str());
  }
  return out;
}

template <typename F>
double seconds(F&& f) {
  const auto start = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: parse_bench FOLDER-WITH-CONFIGS\n";
    return 2;
  }
  const auto configs = read_configs(argv[1]);
  std::size_t nodes = 0;
  const double ours = seconds([&] {
    for (const auto& [path, text] : configs) {
      const lint::SourceFile src(path, text);
      nodes += lint::parse_yaml(src).documents.at(0).size();
    }
  });
  std::size_t loaded = 0;
  const double yaml_load = seconds([&] {
    for (const auto& [path, text] : configs) loaded += walk(YAML::Load(text));
  });
  const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  lint::LintOptions options;
  options.today = *lint::parse_date("2026-11-27");
  std::size_t findings = 0;
  const double full = seconds([&] {
    std::vector<lint::Input> inputs;
    for (const auto& [path, text] : configs) inputs.push_back({path, "", false});
    findings = lint::Engine(*catalog, options).lint(inputs).size();
  });
  const double n = static_cast<double>(configs.size());
  std::cout << "configs: " << configs.size() << " (" << nodes << " nodes in our trees, " << loaded
            << " in yaml-cpp's)\n"
            << "parse_yaml (events → our tree):  " << ours * 1e3 << " ms total, " << ours / n * 1e6
            << " µs per config\n"
            << "YAML::Load + walk:               " << yaml_load * 1e3 << " ms total, " << yaml_load / n * 1e6
            << " µs per config\n"
            << "full lint (read, parse, all rules, referenced files): " << full * 1e3 << " ms total, " << full / n * 1e6
            << " µs per config, " << findings << " findings\n";
  return 0;
}
