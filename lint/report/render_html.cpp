// write_html: semantic HTML (sections, headings, tables with header cells) with an inline style
// sheet and a Content-Security-Policy that forbids loading anything from outside the page.
#include <string>

#include "lint/report/render.h"

namespace lint::report {

namespace {

std::string escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

void write_span(const Span& s, std::ostream& out) {
  switch (s.kind) {
    case Span::Kind::Text: out << escape(s.text); break;
    case Span::Kind::Strong: out << "<strong>" << escape(s.text) << "</strong>"; break;
    case Span::Kind::Code: out << "<code>" << escape(s.text) << "</code>"; break;
    case Span::Kind::Link: out << "<a href=\"" << escape(s.url) << "\">" << escape(s.text) << "</a>"; break;
    case Span::Kind::Break: out << "<br>"; break;
    case Span::Kind::Status:
      out << "<span class=\"status " << mark_class(s.mark) << "\"><span class=\"mark\" aria-hidden=\"true\">"
          << mark_symbol(s.mark) << "</span> " << escape(s.text) << "</span>";
      break;
  }
}

void write_spans(const Spans& spans, std::ostream& out) {
  for (const Span& s : spans) write_span(s, out);
}

void write_table(const Table& t, std::ostream& out) {
  out << "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"" << escape(t.caption) << "\">\n<table" << (t.style.empty() ? "" : " class=\"" + escape(t.style) + "\"") << ">\n";
  if (!t.caption.empty())
    out << "<caption" << (t.caption_hidden ? " class=\"sr-only\"" : "") << ">" << escape(t.caption) << "</caption>\n";
  out << "<thead><tr>";
  for (const auto& h : t.head) out << "<th scope=\"col\">" << escape(h) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out << "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i) {
      const bool header = t.row_headers && i == 0;
      out << (header ? "<th scope=\"row\"" : "<td");
      if (row[i].columns > 1) out << " colspan=\"" << row[i].columns << "\"";
      out << ">";
      write_spans(row[i].spans, out);
      out << (header ? "</th>" : "</td>");
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
}

void write_block(const Block& b, std::ostream& out) {
  switch (b.kind) {
    case Block::Kind::Heading:
      out << "<h" << b.level << (b.id.empty() ? "" : " id=\"" + escape(b.id) + "\"") << ">";
      write_spans(b.spans, out);
      out << "</h" << b.level << ">\n";
      break;
    case Block::Kind::Paragraph:
      out << "<p>";
      write_spans(b.spans, out);
      out << "</p>\n";
      break;
    case Block::Kind::List:
      out << "<ul>\n";
      for (const auto& item : b.items) {
        out << "<li>";
        write_spans(item, out);
        out << "</li>\n";
      }
      out << "</ul>\n";
      break;
    case Block::Kind::Table: write_table(b.table, out); break;
    case Block::Kind::Open:
      out << "<section class=\"" << escape(b.role) << "\"" << (b.id.empty() ? "" : " id=\"" + escape(b.id) + "\"") << ">\n";
      break;
    case Block::Kind::Close: out << "</section>\n"; break;
  }
}

}  // namespace

void write_html(const Page& page, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"" << escape(page.lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      << "<title>" << escape(page.title) << "</title>\n<style>\n"
      << report_style() << "</style>\n</head>\n<body>\n<main>\n";
  for (const Block& b : page.blocks) write_block(b, out);
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace lint::report
