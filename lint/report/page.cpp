// Builders for the page model's spans and blocks.
#include "lint/report/page.h"

namespace lint::report {

Span text(std::string s) { return {Span::Kind::Text, std::move(s), "", Mark::Proven}; }
Span strong(std::string s) { return {Span::Kind::Strong, std::move(s), "", Mark::Proven}; }
Span code(std::string s) { return {Span::Kind::Code, std::move(s), "", Mark::Proven}; }
Span link(std::string label, std::string url) { return {Span::Kind::Link, std::move(label), std::move(url), Mark::Proven}; }
Span status_span(Mark mark, std::string words) { return {Span::Kind::Status, std::move(words), "", mark}; }
Span line_break() { return {Span::Kind::Break, "", "", Mark::Proven}; }

Block heading(int level, Spans spans, std::string id) {
  Block b;
  b.kind = Block::Kind::Heading;
  b.level = level;
  b.spans = std::move(spans);
  b.id = std::move(id);
  return b;
}

Block paragraph(Spans spans) {
  Block b;
  b.kind = Block::Kind::Paragraph;
  b.spans = std::move(spans);
  return b;
}

Block bullet_list(std::vector<Spans> items) {
  Block b;
  b.kind = Block::Kind::List;
  b.items = std::move(items);
  return b;
}

Block table_block(Table table) {
  Block b;
  b.kind = Block::Kind::Table;
  b.table = std::move(table);
  return b;
}

Block open_section(std::string role, std::string id) {
  Block b;
  b.kind = Block::Kind::Open;
  b.role = std::move(role);
  b.id = std::move(id);
  return b;
}

Block close_section() {
  Block b;
  b.kind = Block::Kind::Close;
  return b;
}

}  // namespace lint::report
