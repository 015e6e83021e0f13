// The report's look: status symbols and classes, and one style sheet for screen, phone and A4 print.
// Every status colour pair has a contrast of at least 7:1 (WCAG AAA); the words carry the status.
#include "lint/report/render.h"

namespace lint::report {

const char* mark_symbol(Mark mark) {
  switch (mark) {
    case Mark::Proven: return "✓";
    case Mark::Blocked: return "✗";
    case Mark::Missing: return "?";
    case Mark::Outside: return "○";
    case Mark::NotNeeded: return "–";
    case Mark::Warning: return "!";
  }
  return "";
}

const char* mark_class(Mark mark) {
  switch (mark) {
    case Mark::Proven: return "s-proven";
    case Mark::Blocked: return "s-blocked";
    case Mark::Missing: return "s-missing";
    case Mark::Outside: return "s-outside";
    case Mark::NotNeeded: return "s-not-needed";
    case Mark::Warning: return "s-warning";
  }
  return "";
}

const char* report_style() {
  return R"css(:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; color: #1a1a1a; background: #ffffff; line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.1rem; margin: 0.75rem 0 0.25rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
p, ul { margin: 0.4rem 0; }
a { color: #0645ad; overflow-wrap: anywhere; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
a:focus, .table-wrap:focus { outline: 3px solid #0645ad; outline-offset: 2px; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em;
  background: #f0f0f0; padding: 0 0.2em; border-radius: 3px; overflow-wrap: anywhere; }
.table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #767676; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e6e6e6; }
tbody th { font-weight: 600; white-space: nowrap; }
table.audiences tbody th { white-space: normal; width: 35%; }
table.findings { table-layout: fixed; min-width: 44rem; }
table.findings td { overflow-wrap: anywhere; }
table.findings th:nth-child(1) { width: 13%; }
table.findings th:nth-child(2) { width: 14%; }
table.findings th:nth-child(3) { width: 13%; }
table.findings th:nth-child(4) { width: 15%; }
table.findings th:nth-child(6) { width: 20%; }
.status { display: inline-block; padding: 0 0.4em; border: 1px solid currentColor; border-radius: 0.25em;
  font-weight: 600; white-space: nowrap; }
.s-proven { color: #0a5328; background: #e3f4e8; }
.s-blocked { color: #8f1414; background: #fde8e8; }
.s-missing { color: #6b3900; background: #fff1d6; }
.s-outside { color: #33335f; background: #ececf6; }
.s-not-needed { color: #404040; background: #f2f2f2; }
.s-warning { color: #5c4300; background: #fff7d1; }
section.verdict > ul { list-style: none; padding-left: 0; font-size: 1.1rem; }
section.verdict > ul > li { margin: 0.3rem 0; }
section.task { margin-top: 1.5rem; padding-top: 0.5rem; border-top: 1px solid #8c8c8c; }
@media (max-width: 40rem) {
  main { padding: 0.6rem 0.75rem 2rem; }
  h1 { font-size: 1.35rem; }
  table { font-size: 0.85rem; }
  th, td { padding: 0.25rem 0.35rem; }
  .status { white-space: normal; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  html { font-size: 9.5pt; }
  table.findings { min-width: 0; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  .table-wrap { overflow: visible; break-inside: avoid; }
  h2, h3, h4, caption { break-after: avoid-page; }
  tr, .status { break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";
}

}  // namespace lint::report
