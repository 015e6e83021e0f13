// LoadedFiles: a file loaded under any name for it is found by its identity; other files are not.
// The engine lints alone the folder files no config loaded.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "lint/engine/discovery.h"
#include "lint/engine/engine.h"
#include "lint/engine/loaded_files.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

TEST_CASE("loaded files: a file is found by its identity, whatever name it was loaded under") {
  lint::LoadedFiles loaded;
  CHECK_FALSE(loaded.loaded(lint::identity("repo/templates/b.yaml")));
  loaded.mark(lint::identity("repo/templates/../templates/b.yaml"));
  loaded.mark(lint::identity("repo/not-listed.yaml"));
  loaded.mark("");
  CHECK(loaded.loaded(lint::identity("repo/./templates/b.yaml")));
  CHECK(loaded.loaded(lint::identity("repo/templates/b.yaml")));
  CHECK_FALSE(loaded.loaded(lint::identity("repo/templates/a.yaml")));
  CHECK_FALSE(loaded.loaded(lint::identity("repo/consent/text.nb.md")));
  // Marks after a question are found too.
  loaded.mark(lint::identity("repo/consent/text.nb.md"));
  CHECK(loaded.loaded(lint::identity("repo/consent/text.nb.md")));
  CHECK_FALSE(loaded.loaded(lint::identity("other/x.json")));
}

TEST_CASE("loaded files: marks from many threads are all kept") {
  lint::LoadedFiles loaded;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) loaded.mark("/r/" + std::to_string(t) + "/" + std::to_string(i) + ".yaml");
    });
  for (auto& th : threads) th.join();
  std::size_t found = 0;
  for (int t = 0; t < 4; ++t)
    for (int i = 0; i < 500; ++i) found += loaded.loaded("/r/" + std::to_string(t) + "/" + std::to_string(i) + ".yaml");
  CHECK(found == 2000);
  CHECK_FALSE(loaded.loaded("/r/4/0.yaml"));
}

namespace {

namespace fs = std::filesystem;

// A copy of the sample bank with a consent text that its config does not reference.
fs::path bank_with_stray_text() {
  const fs::path dir = fs::temp_directory_path() / ("dsoplint-marks-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(std::string(DSOPLINT_SOURCE_DIR) + "/samples/eksempelbanken", dir, fs::copy_options::recursive);
  std::ofstream(dir / "texts" / "gammel.nb.md") << "# Gammelt samtykke\n\nDenne teksten brukes ikke lenger.\n";
  return dir;
}

const lint::Catalog& builtin() {
  static const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  return *catalog;
}

bool noted(const lint::LintResult& r, const std::string& file) {
  return std::any_of(r.notes.begin(), r.notes.end(), [&](const lint::Note& n) {
    return n.path.ends_with(file) && n.message.rfind("linted alone", 0) == 0;
  });
}

}  // namespace

TEST_CASE("engine: a folder's text that no config loads is linted alone; the loaded ones are not") {
  const fs::path dir = bank_with_stray_text();
  lint::LintOptions options;
  options.jobs = 2;
  const lint::LintResult listed = lint::Engine(builtin(), options).run({lint::Input{dir.string(), "", false}});
  CHECK(noted(listed, "texts/gammel.nb.md"));
  CHECK_FALSE(noted(listed, "texts/samtykke.nb.md"));
  CHECK_FALSE(noted(listed, "texts/consent.en.md"));
  CHECK(listed.reported.size() == listed.checked);

  // Without the list (a run with no baseline), the same documents are checked.
  options.list_reported = false;
  const lint::LintResult counted = lint::Engine(builtin(), options).run({lint::Input{dir.string(), "", false}});
  CHECK(counted.checked == listed.checked);
  CHECK(counted.reported.empty());
  CHECK(counted.findings.size() == listed.findings.size());
  CHECK(noted(counted, "texts/gammel.nb.md"));
  fs::remove_all(dir);
}
