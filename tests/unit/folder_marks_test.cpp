// FolderMarks: a loaded file marks its folder listings, under any name for the same file; other
// files and unknown identities leave the marks as they are. The engine lints alone what no config loaded.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "lint/engine/discovery.h"
#include "lint/engine/engine.h"
#include "lint/engine/folder_marks.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

TEST_CASE("folder marks: a file is marked by its identity, whatever name it was listed or loaded under") {
  const std::vector<std::string> listed{"repo/templates/a.yaml", "repo/consent/text.nb.md", "repo/./templates/b.yaml",
                                        "other/x.json"};
  lint::FolderMarks marks(listed);
  for (std::size_t i = 0; i < listed.size(); ++i) CHECK_FALSE(marks.marked(i));

  marks.mark(lint::identity("repo/templates/../templates/b.yaml"));
  marks.mark(lint::identity("repo/not-listed.yaml"));
  marks.mark("");
  CHECK_FALSE(marks.marked(0));
  CHECK_FALSE(marks.marked(1));
  CHECK(marks.marked(2));
  CHECK_FALSE(marks.marked(3));

  marks.mark(lint::identity("repo/consent/text.nb.md"));
  CHECK(marks.marked(1));
  CHECK_FALSE(marks.marked(0));
}

TEST_CASE("folder marks: a file listed under two names is marked in both listings") {
  const std::vector<std::string> listed{"r/t.yaml", "r/sub/../t.yaml", "r/u.yaml"};
  lint::FolderMarks marks(listed);
  marks.mark(lint::identity("r/t.yaml"));
  CHECK(marks.marked(0));
  CHECK(marks.marked(1));
  CHECK_FALSE(marks.marked(2));
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
