// Format writers fed a run a job at a time, each part's source lines released after it, write
// exactly what the formats write for the kept run: all six formats, on the samples and on minified
// templates whose long lines hold several findings each.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "lint/core/date.h"
#include "lint/engine/engine.h"
#include "lint/format/format.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

namespace {

namespace fs = std::filesystem;

// Templates of one long line each, with bearer tokens past the text format's 120-column window.
fs::path minified_templates() {
  const fs::path dir = fs::temp_directory_path() / (std::string("dsoplint-format-stream-") + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (int i = 0; i < 6; ++i) {
    std::ofstream out(dir / (std::string("t") + std::to_string(i) + ".json"));
    out << "{\"consentRights\": [], \"pad\": \"" << std::string(150 + 40 * i, 'x') << "\"";
    for (int t = 0; t < 4; ++t) out << ", \"h" << t << "\": \"Bearer Zq8hemmelig" << i << t << "Zq8\"";
    out << ", \"\u00e6\u00f8\u00e5\": \"" << std::string(200, 'y') << "\"}\n";
  }
  return dir;
}

void write_whole(const std::string& format, std::ostream& out, const lint::LintResult& run,
                 const lint::Catalog& catalog, const lint::OutputInfo& info) {
  lint::OutputInfo with_notes = info;
  with_notes.notes = run.notes;
  if (format == "text") lint::write_text(out, run.findings, with_notes);
  if (format == "json") lint::write_json(out, run.findings, with_notes);
  if (format == "sarif") lint::write_sarif(out, run.findings, catalog, with_notes);
  if (format == "github") lint::write_github_commands(out, run.findings, with_notes, false);
  if (format == "junit") lint::write_junit(out, run.findings, with_notes);
  if (format == "gitlab") lint::write_gitlab(out, run.findings);
}

}  // namespace

TEST_CASE("format writers: a run written a job at a time is the run written whole") {
  const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  const fs::path dir = minified_templates();
  lint::LintOptions options;
  options.today = *lint::parse_date("2026-11-27");
  options.jobs = 2;
  const lint::Engine engine(*catalog, options);
  const std::vector<lint::Input> inputs{{std::string(DSOPLINT_SOURCE_DIR) + "/samples", "", false},
                                        {dir.string(), "", false}};
  const lint::LintResult whole = engine.run(inputs);
  REQUIRE(whole.findings.size() > 60);
  const lint::OutputInfo info{"0.1.0", "r", false, false, {}};
  for (const std::string format : {"text", "json", "sarif", "github", "junit", "gitlab"}) {
    INFO(format);
    std::ostringstream streamed, expected;
    const auto writer = lint::format_writer(format, streamed, *catalog, info);
    std::vector<lint::Note> notes;
    std::size_t parts = 0;
    engine.run(inputs, [&](lint::JobResult& part) {
      writer->add(part.findings);
      notes.insert(notes.end(), part.notes.begin(), part.notes.end());
      ++parts;
    });
    writer->finish(notes);
    CHECK(parts > 10);
    write_whole(format, expected, whole, *catalog, info);
    CHECK(streamed.str() == expected.str());
    CHECK(streamed.str().find("hemmelig") == std::string::npos);
  }
  fs::remove_all(dir);
}
