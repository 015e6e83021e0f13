// The github format: workflow commands escaped as @actions/core does, GitHub's per-step annotation
// limits (errors first, a "+N more" notice), notes as notices, and the step summary.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "lint/format/escape.h"
#include "lint/format/format.h"

using namespace lint;

namespace {

Diagnostic finding(Severity severity, std::size_t line, std::string message = "m", std::string path = "dsop.yaml") {
  Diagnostic d;
  d.rule_id = std::string(severity == Severity::Error ? "E001" : severity == Severity::Warning ? "W001" : "I001");
  d.slug = std::string("some-rule");
  d.severity = severity;
  d.message = std::move(message);
  d.location = {std::move(path), {0, 1}, {line, 3}, {line, 8}};
  return d;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::size_t count_prefix(const std::vector<std::string>& lines, const std::string& prefix) {
  std::size_t n = 0;
  for (const auto& l : lines) n += l.rfind(prefix, 0) == 0 ? 1 : 0;
  return n;
}

std::string commands(const std::vector<Diagnostic>& diags, std::vector<Note> notes = {}, bool summary = false) {
  std::ostringstream out;
  OutputInfo info{"0.1.0", "r", false, false, std::move(notes)};
  write_github_commands(out, diags, info, summary);
  return out.str();
}

}  // namespace

TEST_CASE("github: message and property escaping follow @actions/core") {
  CHECK(github_escape_data("100% sure\r\nnext: a,b") == "100%25 sure%0D%0Anext: a,b");
  CHECK(github_escape_property("C:\\dir,x%\n") == "C%3A\\dir%2Cx%25%0A");
  CHECK(github_escape_data("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("github: an annotation carries file, line, columns and title, each escaped") {
  Diagnostic d = finding(Severity::Error, 4, "two\nlines: 50%", "odd,dir/a:b.yaml");
  d.rule_id = std::string("MP001");
  d.slug = std::string("maskinporten-host");
  CHECK(commands({d}) ==
        "::error file=odd%2Cdir/a%3Ab.yaml,line=4,col=3,endLine=4,endColumn=8,title=MP001 maskinporten-host::"
        "two%0Alines: 50%25\n");
}

TEST_CASE("github: a range over several lines gives its lines without columns") {
  Diagnostic d = finding(Severity::Warning, 2);
  d.location.end = {5, 1};  // ends at the start of line 5: the range covers lines 2 to 4
  CHECK(commands({d}) == "::warning file=dsop.yaml,line=2,endLine=4,title=W001 some-rule::m\n");
}

TEST_CASE("github: at most 10 annotations of each severity, errors first, then one +N more notice") {
  std::vector<Diagnostic> diags;
  for (std::size_t i = 1; i <= 12; ++i) diags.push_back(finding(Severity::Info, i));
  for (std::size_t i = 1; i <= 11; ++i) diags.push_back(finding(Severity::Warning, i));
  for (std::size_t i = 1; i <= 15; ++i) diags.push_back(finding(Severity::Error, i));
  const auto lines = lines_of(commands(diags, {{"README.md", "skipped"}}));
  CHECK(count_prefix(lines, "::error ") == 10);
  CHECK(count_prefix(lines, "::warning ") == 10);
  CHECK(count_prefix(lines, "::notice ") == 9);  // one notice slot is kept for the +N more line
  CHECK(count_prefix(lines, "::notice::") == 1);
  REQUIRE(lines.size() == 31);
  CHECK(lines[0].rfind("::error file=dsop.yaml,line=1,", 0) == 0);
  CHECK(lines[9].rfind("::error file=dsop.yaml,line=10,", 0) == 0);
  CHECK(lines[10].rfind("::warning file=dsop.yaml,line=1,", 0) == 0);
  CHECK(lines[20].rfind("::notice file=dsop.yaml,line=1,", 0) == 0);
  CHECK(lines[29] ==
        "::notice::+9 more findings not shown as annotations (GitHub shows at most 10 errors, 10 warnings and 10 "
        "notices from one step); --format sarif=PATH or json=PATH reports every finding");
  CHECK(lines[30] == "note: README.md: skipped");  // no notice slot left: a plain log line
}

TEST_CASE("github: under the limits every finding is an annotation and notes are notices") {
  const std::vector<Diagnostic> diags{finding(Severity::Warning, 1), finding(Severity::Error, 2)};
  const auto lines = lines_of(commands(diags, {{"notes/referat.md", "skipped: not a document"}}, true));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].rfind("::error ", 0) == 0);
  CHECK(lines[1].rfind("::warning ", 0) == 0);
  CHECK(lines[2] == "::notice::notes/referat.md: skipped: not a document");
}

TEST_CASE("github: the +N more notice points at the step summary when it was written") {
  std::vector<Diagnostic> diags;
  for (std::size_t i = 1; i <= 11; ++i) diags.push_back(finding(Severity::Error, i));
  const auto lines = lines_of(commands(diags, {}, true));
  REQUIRE(lines.size() == 11);
  CHECK(lines[10].find("+1 more finding not shown") != std::string::npos);
  CHECK(lines[10].find("the step summary lists every finding") != std::string::npos);
}

TEST_CASE("github: the step summary is a Markdown table with cells escaped") {
  const std::vector<Diagnostic> diags{finding(Severity::Error, 7, "a | b <!-- c --> \\ d\ne"),
                                      finding(Severity::Info, 9)};
  std::ostringstream out;
  write_github_summary(out, diags, 1 << 20);
  CHECK(out.str() ==
        "\n### dsoplint\n\n1 error, 0 warnings, 1 info\n\n| Location | Severity | Rule | Message |\n"
        "| --- | --- | --- | --- |\n"
        "| dsop.yaml:7:3 | error | E001 some-rule | a \\| b &lt;!-- c --&gt; \\\\ d<br>e |\n"
        "| dsop.yaml:9:3 | info | I001 some-rule | m |\n");
}

TEST_CASE("github: a step summary over its budget says how many rows it left out") {
  std::vector<Diagnostic> diags;
  for (std::size_t i = 1; i <= 100; ++i) diags.push_back(finding(Severity::Error, i));
  std::ostringstream out;
  write_github_summary(out, diags, 1000);
  CHECK(out.str().size() <= 1000);
  const auto lines = lines_of(out.str());
  const std::size_t rows = count_prefix(lines, "| dsop.yaml:");
  CHECK(rows > 0);
  std::ostringstream expected;
  expected << '+' << 100 - rows << " more findings not listed here: GitHub takes at most 1 MiB of step summary.";
  CHECK(lines.back() == expected.str());
}

TEST_CASE("github: GITHUB_STEP_SUMMARY is appended to, or a log line says it could not be") {
  const auto path = std::filesystem::temp_directory_path() / ("dsoplint-summary-" + std::to_string(::getpid()) + ".md");
  { std::ofstream(path) << "earlier\n"; }
  ::setenv("GITHUB_STEP_SUMMARY", path.c_str(), 1);
  std::ostringstream out;
  write_github(out, {finding(Severity::Error, 3)}, {"0.1.0", "r", false, false, {}});
  std::ifstream in(path);
  std::stringstream written;
  written << in.rdbuf();
  CHECK(written.str().rfind("earlier\n\n### dsoplint\n", 0) == 0);
  CHECK(written.str().find("| dsop.yaml:3:3 | error | E001 some-rule | m |") != std::string::npos);
  CHECK(out.str() == "::error file=dsop.yaml,line=3,col=3,endLine=3,endColumn=8,title=E001 some-rule::m\n");
  std::filesystem::remove(path);

  ::setenv("GITHUB_STEP_SUMMARY", "/nonexistent-dir/summary.md", 1);
  std::ostringstream failed;
  write_github(failed, {}, {"0.1.0", "r", false, false, {}});
  CHECK(failed.str() == "dsoplint: cannot append the step summary to /nonexistent-dir/summary.md\n");
  ::unsetenv("GITHUB_STEP_SUMMARY");
}
