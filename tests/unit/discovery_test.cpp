// plan_jobs and unloaded_folder_files on a folder: which files a folder walk finds, which it leaves out.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "lint/engine/discovery.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

namespace {

namespace fs = std::filesystem;

const lint::Catalog& builtin() {
  static const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  return *catalog;
}

void touch(const fs::path& p) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << "a: 1\n";
}

// A folder removed when the test ends.
struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("dsoplint-discovery-" + std::to_string(::getpid()));
  Scratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

}  // namespace

TEST_CASE("discovery: a folder's configs become jobs, its other files wait, some folders are left out") {
  Scratch s;
  const fs::path& d = s.dir;
  touch(d / "bank" / "dsop.yaml");
  touch(d / "bank" / "templates" / "b.yaml");
  touch(d / "bank" / "templates" / "a.yml");
  touch(d / "bank" / "schema.json");
  touch(d / "bank" / "texts" / "samtykke.nb.md");
  touch(d / "bank" / "texts" / "notes.md");  // no language suffix: not a consent text
  touch(d / "bank" / "README.txt");
  touch(d / "bank" / ".yaml");  // a hidden file with no extension
  touch(d / "bank" / ".git" / "config.yaml");
  touch(d / "bank" / "node_modules" / "pkg.yaml");
  touch(d / "bank" / "build" / "out.yaml");
  touch(d / "outside" / "linked.yaml");
  fs::create_directory_symlink(d / "outside", d / "bank" / "folder-link");  // not followed
  fs::create_symlink(d / "outside" / "linked.yaml", d / "bank" / "file-link.yaml");
  fs::create_symlink(d / "nowhere.yaml", d / "bank" / "dangling.yaml");  // found: reading it reports it

  const lint::LintOptions options;
  const std::string bank = (d / "bank").string();
  const lint::Plan plan = lint::plan_jobs({lint::Input{bank, "", false}}, builtin(), options);
  REQUIRE(plan.jobs.size() == 1);
  CHECK(plan.jobs[0].path == bank + "/dsop.yaml");
  REQUIRE(plan.folders.size() == 1);

  const std::vector<std::string> unloaded = lint::unloaded_folder_files(plan, [](const std::string&) { return false; });
  const std::vector<std::string> expected = {bank + "/dangling.yaml",          bank + "/file-link.yaml",
                                             bank + "/schema.json",            bank + "/templates/a.yml",
                                             bank + "/templates/b.yaml",       bank + "/texts/samtykke.nb.md"};
  CHECK(unloaded == expected);

  // What a job loaded is not linted again.
  const std::string loaded = lint::identity(bank + "/templates/b.yaml");
  const auto rest = lint::unloaded_folder_files(plan, [&](const std::string& id) { return id == loaded; });
  CHECK(rest.size() == expected.size() - 1);
  CHECK(std::find(rest.begin(), rest.end(), bank + "/templates/b.yaml") == rest.end());
}

TEST_CASE("discovery: a folder that does not exist gives no jobs and no files") {
  const lint::LintOptions options;
  const lint::Plan plan = lint::plan_jobs({lint::Input{"/nonexistent-dsoplint-folder", "", false}}, builtin(), options);
  REQUIRE(plan.jobs.size() == 1);  // named alone, it is a file to report as unreadable, not a folder
  CHECK(plan.jobs[0].alone);
  CHECK(plan.folders.empty());
  CHECK(lint::unloaded_folder_files(plan, [](const std::string&) { return false; }).empty());
}

TEST_CASE("discovery: a folder's files come in byte order of their paths, whatever the folders are called") {
  // '-' (0x2D) < '.' (0x2E) < '/' (0x2F): t-old/… before t.yaml before t/…, as sorting whole paths gives.
  Scratch s;
  const fs::path& d = s.dir;
  for (const char* f : {"t/x.yaml", "t.yaml", "t-old/x.yaml", "t/a/b.yaml", "t/a.json", "T.yaml", "æ/x.yaml", "u.yml"})
    touch(d / f);
  const lint::LintOptions options;
  const lint::Plan plan = lint::plan_jobs({lint::Input{d.string(), "", false}}, builtin(), options);
  std::vector<std::string> found = lint::unloaded_folder_files(plan, [](const std::string&) { return false; });
  std::vector<std::string> sorted = found;
  std::sort(sorted.begin(), sorted.end());
  CHECK(found.size() == 8);
  CHECK(found == sorted);
  CHECK(found[1] == d.string() + "/t-old/x.yaml");
}
