/// The report as neutral blocks (headings, paragraphs, lists, tables of styled spans), written
/// out as HTML or as Markdown so that both carry the same content.
#pragma once

#include <string>
#include <vector>

namespace lint::report {

/// How a status span looks: its words are always there; the mark adds a symbol and a colour.
enum class Mark { Proven, Blocked, Missing, Outside, NotNeeded, Warning };

struct Span {
  enum class Kind { Text, Strong, Code, Link, Status, Break } kind = Kind::Text;
  std::string text;
  std::string url;          // Link: a public URL, or "#id" for a place in the report
  Mark mark = Mark::Proven; // Status
};
using Spans = std::vector<Span>;

struct Cell {
  Spans spans;
  int columns = 1;  // how many columns it spans (Markdown repeats it)
};

struct Table {
  std::vector<std::string> head;    // column header cells
  std::vector<std::vector<Cell>> rows;
  bool row_headers = false;         // the first cell of each row is a header cell
  std::string caption;              // the table's name: HTML <caption>; not in Markdown
  bool caption_hidden = false;
  std::string style;                // HTML: the table's class, for layout only      // a heading just above names it: the caption is for screen readers only
};

struct Block {
  enum class Kind { Heading, Paragraph, List, Table, Open, Close } kind = Kind::Paragraph;
  int level = 2;                 // Heading
  std::string id;                // Heading, Open: the anchor
  std::string role;              // Open: the section's class (verdict, phase, task, ...)
  Spans spans;                   // Heading, Paragraph
  std::vector<Spans> items;      // List
  Table table;
};

struct Page {
  std::string lang;   // nb or en
  std::string title;
  std::vector<Block> blocks;
};

// Building blocks.
Span text(std::string s);
Span strong(std::string s);
Span code(std::string s);
Span link(std::string label, std::string url);
Span status_span(Mark mark, std::string words);
Span line_break();
Block heading(int level, Spans spans, std::string id = "");
Block paragraph(Spans spans);
Block bullet_list(std::vector<Spans> items);
Block table_block(Table table);
/// A section around the blocks up to its close_section(); `role` names its kind.
Block open_section(std::string role, std::string id);
Block close_section();

}  // namespace lint::report
