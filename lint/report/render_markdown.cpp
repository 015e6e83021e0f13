// write_markdown: the page as GitHub-flavoured Markdown, for a wiki or a pull-request comment.
#include <string>

#include "lint/report/render.h"

namespace lint::report {

namespace {

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '|')
      out += '\\';
    out += c;
  }
  return out;
}

std::string code_text(const std::string& s) {
  std::string inner;
  for (char c : s) inner += c == '|' ? std::string("\\|") : std::string(1, c);
  const std::string fence = s.find('`') == std::string::npos ? "`" : "`` ";
  const std::string close = fence == "`" ? "`" : " ``";
  return fence + inner + close;
}

std::string spans_text(const Spans& spans) {
  std::string out;
  for (const Span& s : spans) {
    switch (s.kind) {
      case Span::Kind::Text: out += escape(s.text); break;
      case Span::Kind::Strong: out += "**" + escape(s.text) + "**"; break;
      case Span::Kind::Code: out += code_text(s.text); break;
      case Span::Kind::Break: out += "<br>"; break;
      case Span::Kind::Status: out += std::string(mark_symbol(s.mark)) + " " + escape(s.text); break;
      case Span::Kind::Link:
        // A place in the page: Markdown renderers name heading anchors differently, so plain text.
        if (s.url.rfind('#', 0) == 0) {
          out += escape(s.text);
        } else {
          out += '[';
          out += escape(s.text);
          out += "](" + s.url + ")";
        }
        break;
    }
  }
  return out;
}

void write_table(const Table& t, std::ostream& out) {
  out << "|";
  for (const auto& h : t.head) out << ' ' << escape(h) << " |";
  out << "\n|";
  for (std::size_t i = 0; i < t.head.size(); ++i) out << " --- |";
  out << '\n';
  for (const auto& row : t.rows) {
    out << "|";
    for (const Cell& c : row)
      for (int k = 0; k < c.columns; ++k) out << ' ' << spans_text(c.spans) << " |";
    out << '\n';
  }
  out << '\n';
}

}  // namespace

void write_markdown(const Page& page, std::ostream& out) {
  for (const Block& b : page.blocks) {
    switch (b.kind) {
      case Block::Kind::Heading: out << std::string(static_cast<std::size_t>(b.level), '#') << ' ' << spans_text(b.spans) << "\n\n"; break;
      case Block::Kind::Paragraph: out << spans_text(b.spans) << "\n\n"; break;
      case Block::Kind::List:
        for (const auto& item : b.items) out << "- " << spans_text(item) << '\n';
        out << '\n';
        break;
      case Block::Kind::Table: write_table(b.table, out); break;
      case Block::Kind::Open:
      case Block::Kind::Close: break;
    }
  }
}

}  // namespace lint::report
