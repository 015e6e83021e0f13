// Engine::run with a sink: the plan's notes first, then each job's part in plan order (configs,
// then the folder files no config loaded); a finding on a document two configs load is handed on
// once; the parts are the same for 1, 2 and 8 jobs and add up to the kept run.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lint/core/date.h"
#include "lint/engine/engine.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

namespace {

namespace fs = std::filesystem;

const lint::Catalog& builtin() {
  static const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  return *catalog;
}

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Two copies of the sample bank: b's Bokmål text is a's (with a zero-width space in it), and a has
// a text that no config references.
fs::path two_banks_sharing_a_text() {
  const fs::path dir = fs::temp_directory_path() / ("dsoplint-stream-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const char* bank : {"a", "b"})
    fs::copy(std::string(DSOPLINT_SOURCE_DIR) + "/samples/eksempelbanken", dir / bank, fs::copy_options::recursive);
  const fs::path shared = dir / "a" / "texts" / "samtykke.nb.md";
  const std::string text = read(shared);
  std::ofstream(shared) << text.substr(0, 40) << "\u200B" << text.substr(40);
  std::string config = read(dir / "b" / "dsop.yaml");
  const std::string own = "nb: texts/samtykke.nb.md";
  REQUIRE(config.find(own) != std::string::npos);
  config.replace(config.find(own), own.size(), "nb: ../a/texts/samtykke.nb.md");
  std::ofstream(dir / "b" / "dsop.yaml") << config;
  std::ofstream(dir / "a" / "texts" / "gammel.nb.md") << "# Gammelt samtykke\n\nDenne teksten brukes ikke lenger.\n";
  return dir;
}

struct Part {
  std::vector<std::string> findings;  // path: rule id
  std::size_t notes = 0;
};

lint::LintOptions options_with(unsigned jobs) {
  lint::LintOptions options;
  options.jobs = jobs;
  options.today = *lint::parse_date("2026-11-27");
  return options;
}

std::vector<Part> parts_of(const fs::path& dir, unsigned jobs) {
  const lint::LintOptions options = options_with(jobs);
  std::vector<Part> parts;
  lint::Engine(builtin(), options).run({lint::Input{dir.string(), "", false}}, [&](lint::JobResult& part) {
    Part p;
    for (const auto& d : part.findings)
      p.findings.push_back(fs::relative(d.location.path, dir).string() + ": " + d.rule_id);
    p.notes = part.notes.size();
    parts.push_back(p);
  });
  return parts;
}

std::size_t count_of(const std::vector<Part>& parts, const std::string& finding) {
  std::size_t n = 0;
  for (const Part& p : parts) n += static_cast<std::size_t>(std::count(p.findings.begin(), p.findings.end(), finding));
  return n;
}

}  // namespace

TEST_CASE("engine stream: parts in plan order, a shared document's finding once, the same for any --jobs") {
  const fs::path dir = two_banks_sharing_a_text();
  const std::vector<Part> parts = parts_of(dir, 1);
  // The plan's part, the two configs' jobs, then the folder files no config loads, in path order:
  // a/ci/pipeline.yaml (not a template), a/texts/gammel.nb.md, b/ci/pipeline.yaml and
  // b/texts/samtykke.nb.md (b's config names a's text instead).
  REQUIRE(parts.size() == 7);
  CHECK(parts[0].findings.empty());
  const std::string shared = "a/texts/samtykke.nb.md: TXT004";
  CHECK(count_of(parts, shared) == 1);
  CHECK(std::count(parts[1].findings.begin(), parts[1].findings.end(), shared) == 1);  // a's job, the first
  for (const std::string& f : parts[1].findings) CHECK(f.rfind("a/", 0) == 0);
  for (const std::string& f : parts[2].findings) CHECK(f.rfind("b/", 0) == 0);
  CHECK(parts[3].notes + parts[3].findings.size() + parts[5].notes + parts[5].findings.size() == 0);
  CHECK(parts[4].notes == 1);  // linted alone
  CHECK(parts[6].notes == 1);
  REQUIRE_FALSE(parts[4].findings.empty());
  for (const std::string& f : parts[4].findings) CHECK(f.rfind("a/texts/gammel.nb.md: ", 0) == 0);
  for (unsigned jobs : {2u, 8u}) {
    const std::vector<Part> again = parts_of(dir, jobs);
    REQUIRE(again.size() == parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
      CHECK(again[i].findings == parts[i].findings);
      CHECK(again[i].notes == parts[i].notes);
    }
  }
  // The kept run is the parts one after the other.
  const lint::LintOptions options = options_with(2);
  const lint::LintResult whole = lint::Engine(builtin(), options).run({lint::Input{dir.string(), "", false}});
  std::vector<std::string> joined;
  for (const Part& p : parts) joined.insert(joined.end(), p.findings.begin(), p.findings.end());
  std::vector<std::string> kept;
  for (const auto& d : whole.findings) kept.push_back(fs::relative(d.location.path, dir).string() + ": " + d.rule_id);
  CHECK(kept == joined);
  fs::remove_all(dir);
}
