// The layer rule of ARCHITECTURE.md, enforced: every #include "lint/…" and every layer library's
// dependency goes to its own folder or a lower layer.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kRoot = DSOPLINT_SOURCE_DIR;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Folder ("core", …, or "" for lint/ itself) to its layer number, from the table rows
// `| 1 | `lint/core/` | … |`.
std::map<std::string, int> layer_table() {
  std::map<std::string, int> layers;
  std::istringstream doc(slurp(kRoot / "ARCHITECTURE.md"));
  const std::regex row(R"(^\| *([0-9]+) *\| *`lint/([a-z_]*)/?` *\|)");
  std::smatch m;
  for (std::string line; std::getline(doc, line);)
    if (std::regex_search(line, m, row)) layers[m[2].str()] = std::stoi(m[1].str());
  return layers;
}

// The layer folder of a file under lint/: its first folder, or "" for a file in lint/ itself.
std::string folder_of(const fs::path& file) {
  const fs::path rel = fs::relative(file, kRoot / "lint");
  return std::distance(rel.begin(), rel.end()) > 1 ? rel.begin()->string() : "";
}

struct Include {
  fs::path file;
  std::size_t line;
  std::string target;  // the included folder
};

std::vector<Include> lint_includes() {
  std::vector<Include> out;
  const std::regex inc(R"(^\s*#\s*include\s*"lint/([a-z_]+)/)");
  for (const auto& entry : fs::recursive_directory_iterator(kRoot / "lint")) {
    const auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".h" && ext != ".cpp")) continue;
    std::istringstream text(slurp(entry.path()));
    std::size_t n = 0;
    std::smatch m;
    for (std::string line; std::getline(text, line);)
      if (++n, std::regex_search(line, m, inc)) out.push_back({entry.path(), n, m[1].str()});
  }
  return out;
}

}  // namespace

TEST_CASE("ARCHITECTURE.md names every layer folder under lint/") {
  const auto layers = layer_table();
  REQUIRE(layers.size() >= 9);
  for (const auto& entry : fs::directory_iterator(kRoot / "lint")) {
    if (entry.is_directory()) {
      INFO(entry.path().string());
      CHECK(layers.count(entry.path().filename().string()) == 1);
    } else {
      // lint/ itself keeps only the CLI's entry point and the build file.
      const std::string name = entry.path().filename().string();
      INFO(name);
      CHECK((name == "main.cpp" || name == "CMakeLists.txt"));
    }
  }
}

TEST_CASE("every #include of a lint header goes to the same folder or a lower layer") {
  const auto layers = layer_table();
  const auto includes = lint_includes();
  REQUIRE(includes.size() > 100);
  for (const Include& inc : includes) {
    const std::string from = folder_of(inc.file);
    INFO(fs::relative(inc.file, kRoot).string() << ":" << inc.line << " includes lint/" << inc.target << "/");
    REQUIRE(layers.count(from) == 1);
    REQUIRE(layers.count(inc.target) == 1);
    if (inc.target != from) CHECK(layers.at(inc.target) < layers.at(from));
  }
}

TEST_CASE("every layer library links only lower layers") {
  const auto layers = layer_table();
  const std::string cmake = slurp(kRoot / "lint" / "CMakeLists.txt");
  const std::regex call(R"(dsoplint_layer\(([a-z_]+)([^)]*)\))");
  const std::regex dep(R"(dsoplint_([a-z_]+))");
  int checked = 0;
  for (std::sregex_iterator it(cmake.begin(), cmake.end(), call), end; it != end; ++it) {
    const std::string name = (*it)[1].str();
    if (name == "name") continue;  // the function's own definition
    REQUIRE(layers.count(name) == 1);
    const std::string deps = (*it)[2].str();
    for (std::sregex_iterator d(deps.begin(), deps.end(), dep); d != end; ++d) {
      const std::string target = (*d)[1].str();
      INFO("dsoplint_" << name << " links dsoplint_" << target);
      REQUIRE(layers.count(target) == 1);
      CHECK(layers.at(target) < layers.at(name));
    }
    ++checked;
  }
  CHECK(checked == static_cast<int>(layers.size()) - 1);  // every folder but lint/ itself
}
