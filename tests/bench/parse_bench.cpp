// Benchmark: our YAML tree versus YAML::Load and a full lint on N configs; --floor: the parse and ICU floors.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string_view>
#include <variant>

#include "lint/core/files.h"
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

// Every regular file under dir whose name ends with one of the suffixes, in no particular order.
std::vector<std::string> paths_of(const fs::path& dir, std::initializer_list<std::string_view> suffixes) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    const std::string name = e.path().filename().string();
    bool wanted = false;
    for (const auto suffix : suffixes) wanted = wanted || name.ends_with(suffix);
    if (wanted) out.push_back(e.path().string());
  }
  return out;
}

// Calls `use(path, bytes)` for each file, read just before, as dsoplint reads a file and parses it.
template <typename F>
void each_file(const std::vector<std::string>& paths, F&& use) {
  for (const std::string& path : paths) {
    const auto bytes = lint::read_file(path, std::size_t{1} << 30);
    if (const auto* text = std::get_if<std::string>(&bytes)) use(path, *text);
  }
}

template <typename F>
double seconds(F&& f) {
  const auto start = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

// The floors tests/bench/run.sh times as processes of their own, each the least of that work:
// `yaml` reads every .yaml and .json file under the folder and parses it with our YAML layer at
// once (the tree dsoplint's rules walk); `icu` reads every .md file and runs an ICU word-break
// iteration over its UTF-8 (what the text rules need at least), as dsoplint's own pass does.
int floor(std::string_view which, const fs::path& dir) {
  if (which == "yaml") {
    const auto paths = paths_of(dir, {".yaml", ".yml", ".json"});
    std::size_t nodes = 0;
    const double t = seconds([&] {
      each_file(paths, [&](const std::string& path, const std::string& text) {
        const lint::SourceFile src(path, text);
        for (const auto& doc : lint::parse_yaml(src).documents) nodes += doc.size();
      });
    });
    std::cout << "yaml floor: " << paths.size() << " files, " << nodes << " nodes, " << t * 1e3 << " ms\n";
    return 0;
  }
  if (which == "icu") {
    const auto paths = paths_of(dir, {".md"});
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
      std::cerr << "parse_bench: ICU word break iterator: " << u_errorName(status) << "\n";
      return 2;
    }
    std::size_t boundaries = 0;
    const double t = seconds([&] {
      each_file(paths, [&](const std::string&, const std::string& text) {
        UErrorCode err = U_ZERO_ERROR;
        UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<std::int64_t>(text.size()), &err);
        if (U_FAILURE(err)) return;
        words->setText(ut, err);
        for (auto b = words->first(); U_SUCCESS(err) && b != icu::BreakIterator::DONE; b = words->next()) ++boundaries;
        utext_close(ut);
      });
    });
    std::cout << "icu floor: " << paths.size() << " texts, " << boundaries << " word boundaries, " << t * 1e3
              << " ms\n";
    return 0;
  }
  std::cerr << "parse_bench: --floor takes yaml or icu\n";
  return 2;
}

int main(int argc, char** argv) {
  const std::string_view folder = argc == 4 ? argv[3] : argc == 2 ? argv[1] : "";
  if (!folder.empty() && !std::filesystem::is_directory(folder)) {
    std::cerr << "parse_bench: " << folder << " is not a folder\n";
    return 2;
  }
  if (argc == 4 && std::string_view(argv[1]) == "--floor") return floor(argv[2], argv[3]);
  if (argc != 2) {
    std::cerr << "usage: parse_bench FOLDER-WITH-CONFIGS\n       parse_bench --floor yaml|icu FOLDER\n";
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
