/// Writes a page as one self-contained HTML document (inline style, no external resource) or as
/// Markdown with the same content.
#pragma once

#include <ostream>

#include "lint/report/page.h"

namespace lint::report {

void write_html(const Page& page, std::ostream& out);
void write_markdown(const Page& page, std::ostream& out);

/// The symbol shown before a status's words ("✓" for proven); HTML hides it from screen readers.
const char* mark_symbol(Mark mark);
/// The CSS class of a status ("s-proven").
const char* mark_class(Mark mark);
/// The report's style sheet (screen, phone and A4 print).
const char* report_style();

}  // namespace lint::report
