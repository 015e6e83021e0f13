// The report page: HTML structure (every task, header cells, the verdict, nothing loaded from
// outside, status in words), the status colours' contrast, Markdown escaping and the audience filter.
#include <catch2/catch.hpp>

#include <cmath>
#include <regex>
#include <sstream>

#include "lint/kinds/registry.h"
#include "lint/report/render.h"
#include "lint/report/report.h"
#include "lint/ruleset/embedded_rules.h"

using namespace lint;
using namespace lint::report;

namespace {

const Catalog& catalog() {
  static const auto kCatalog = load_catalog(embedded_rule_sources());
  return *kCatalog;
}

std::string render(const std::string& sample, Format format, Language lang = Language::En, const std::string& audience = "") {
  ReportRequest r;
  r.config = std::string(DSOPLINT_SOURCE_DIR) + "/samples/" + sample;
  r.lint.today = *parse_date("2026-11-27");
  r.lint.language = lang;
  r.format = format;
  r.audience = audience;
  std::ostringstream out;
  write_report(r, catalog(), out);
  return out.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

const std::vector<std::string> kTasks = {"A-1", "A-2", "A-3", "A-4", "A-5", "B-1", "B-2", "B-3",
                                         "B-4", "C-1", "C-2", "C-3", "D-1", "D-2", "D-3"};

void check_structure(const std::string& html) {
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"", 0) == 0);
  CHECK(count(html, "<h1>") == 1);
  CHECK(count(html, "<section") == count(html, "</section>"));
  CHECK(count(html, "<table") == count(html, "<thead><tr><th scope=\"col\">"));
  for (const auto& id : kTasks) CHECK(count(html, "<section class=\"task\" id=\"task-" + id + "\">") == 1);
  // Nothing is loaded from outside: no script, style sheet, font, image or frame, and a policy that forbids them.
  for (const char* banned : {"<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "url(", "@import", "@font-face"})
    CHECK(count(html, banned) == 0);
  CHECK(count(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">") == 1);
  const std::regex href("href=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
    const std::string url = (*it)[1];
    INFO(url);
    CHECK((url.rfind("https://", 0) == 0 || url.rfind("mailto:", 0) == 0 || url.rfind("#task-", 0) == 0));
  }
  // A status is always in words: the symbol before them is hidden from screen readers.
  const std::regex status("<span class=\"status s-[a-z-]+\"><span class=\"mark\" aria-hidden=\"true\">[^<]+</span> ([^<]*)</span>");
  std::size_t statuses = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), status); it != std::sregex_iterator(); ++it, ++statuses)
    CHECK_FALSE((*it)[1].str().empty());
  CHECK(statuses == count(html, "class=\"status "));
}

double luminance(const std::string& hex) {
  double channel[3];
  for (int i = 0; i < 3; ++i) {
    const double c = std::stoi(hex.substr(1 + 2 * static_cast<std::size_t>(i), 2), nullptr, 16) / 255.0;
    channel[i] = c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  }
  return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

}  // namespace

TEST_CASE("report page: the HTML of eksempelbanken has every task, the verdict and nothing from outside") {
  const std::string html = render("eksempelbanken", Format::Html);
  check_structure(html);
  CHECK(count(html, "<title>Onboarding readiness for Krav og betalinger – Fjordbanken ASA</title>") == 1);
  CHECK(count(html, "ready for the integration test: yes</span> — all 8 tasks the linter checks are proven") == 1);
  CHECK(count(html, "ready for production: yes</span> — all 10 tasks the linter checks are proven") == 1);
  CHECK(count(html, "<li><strong>Report for:</strong> <strong>2026-11-27</strong></li>") == 1);
  CHECK(count(html, "s-blocked\"><span class=\"mark\" aria-hidden=\"true\">✗</span> blocked</span>") == 1);  // the legend only
}

TEST_CASE("report page: the HTML of a broken sample says which tasks block production, with the findings") {
  const std::string html = render("broken/hosts-mixed-up", Format::Html);
  check_structure(html);
  CHECK(count(html, "ready for production: no</span> — 2 tasks blocked (A-1, A-2)") == 1);
  CHECK(count(html, "<td><code>dsop.yaml:69</code></td><td><code>MP001</code> maskinporten-host</td>") == 1);
  CHECK(count(html, "<a href=\"https://docs.digdir.no/docs/Maskinporten/maskinporten_func_wellknown\">") >= 1);
}

TEST_CASE("report page: bokmål throughout with --lang nb") {
  const std::string html = render("broken/template-with-message", Format::Html, Language::Nb);
  check_structure(html);
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"nb\">", 0) == 0);
  CHECK(count(html, "klar for produksjon: nei</span> — 1 oppgave blokkert (D-2)") == 1);
  CHECK(count(html, "<h3>D-2 Sikre at samtykketeksten (DelegationContext) er iht. kravet fra Skatteetaten</h3>") == 1);
  CHECK(count(html, "Fase B – Registrering og signering av avtaler/vilkår") == 1);
}

TEST_CASE("report page: every status colour has a contrast of at least 7:1 with its background") {
  const std::string css = report_style();
  const std::regex rule("\\.s-([a-z-]+) \\{ color: (#[0-9a-f]{6}); background: (#[0-9a-f]{6}); \\}");
  std::size_t found = 0;
  for (auto it = std::sregex_iterator(css.begin(), css.end(), rule); it != std::sregex_iterator(); ++it, ++found) {
    const double a = luminance((*it)[2]), b = luminance((*it)[3]);
    INFO((*it)[1]);
    CHECK((std::max(a, b) + 0.05) / (std::min(a, b) + 0.05) >= 7.0);
  }
  CHECK(found == 6);
}

TEST_CASE("report page: the audience filter keeps the tasks for that audience and for everyone") {
  const std::string md = render("eksempelbanken", Format::Markdown, Language::En, "Forretning");
  for (const char* shown : {"### A-1 ", "### A-3 ", "### B-1 ", "### B-2 ", "### B-4 ", "### C-2 ", "### D-1 ", "### D-2 "})
    CHECK(count(md, shown) == 1);
  for (const char* hidden : {"### A-2 ", "### A-4 ", "### A-5 ", "### B-3 ", "### C-1 "}) CHECK(count(md, hidden) == 0);
  CHECK(count(md, "This report shows only the tasks for the audience Forretning") == 1);
  CHECK(count(md, "| IT<br>") == 0);
}

TEST_CASE("report page: Markdown escapes what would change its meaning and repeats spanned cells") {
  Page page;
  page.blocks.push_back(paragraph({report::text("a|b *c* [d] <e> f_g"), code("x|y"), code("a`b")}));
  Table t;
  t.head = {"one", "two", "three"};
  t.rows.push_back({{{report::text("r")}}, {{status_span(Mark::Proven, "proven")}, 2}});
  page.blocks.push_back(table_block(t));
  page.blocks.push_back(paragraph({report::link("A-1", "#task-A-1"), report::text(" "), report::link("site", "https://example.org/")}));
  std::ostringstream out;
  write_markdown(page, out);
  CHECK(out.str() == "a\\|b \\*c\\* \\[d\\] \\<e\\> f\\_g`x\\|y``` a`b ``\n\n"
                     "| one | two | three |\n| --- | --- | --- |\n| r | ✓ proven | ✓ proven |\n\n"
                     "A-1 [site](https://example.org/)\n\n");
}

TEST_CASE("report page: a committed secret is never printed, neither as evidence nor in a finding") {
  const std::string key = "3f1c9a6e0b7d4c2a8e5f1b9d0c7a3e64";  // the literal api_key of the sample
  for (Format format : {Format::Html, Format::Markdown}) {
    const std::string page = render("broken/committed-api-key", format);
    CHECK(count(page, key) == 0);
    CHECK(count(page, "ALT008") >= 2);  // the finding is there, and in B-3's rules
  }
}
