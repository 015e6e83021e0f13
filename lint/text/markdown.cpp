// Markdown block scanner: splits the text into lines and recognises headings, lists, quotes, fences and
// tables.
#include "lint/text/markdown.h"

#include <algorithm>

#include "lint/text/markdown_scan.h"
#include "lint/text/unicode_util.h"

namespace lint::text {
namespace detail {

void MarkdownScan::hide(Span s, MarkupKind kind) {
  s.end = std::min(s.end, src.size());
  if (s.empty()) return;
  for (std::size_t i = s.begin; i < s.end; ++i) {
    hidden[i] = 1;
    if (src[i] != '\n') masked[i] = ' ';
  }
  model.markup.push_back({s, kind});
}

void MarkdownScan::add_link(Span s, Link::Kind link_kind, MarkupKind kind) {
  s.end = std::min(s.end, src.size());
  if (s.empty()) return;
  hide(s, kind);
  std::string target(src.substr(s.begin, s.size()));
  if (link_kind == Link::Kind::email && is_mailto(target)) target.erase(0, 7);
  model.links.push_back({s, std::move(target), link_kind});
}

}  // namespace detail

namespace {

using detail::is_ascii_digit;
using detail::MarkdownScan;

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;  // excludes "\n" and a trailing "\r"
};

struct BlockState {
  bool in_fence = false;
  char fence_char = 0;
  std::size_t fence_len = 0;
  bool prev_paragraph = false;  // the previous line was paragraph text
  Span prev_content;            // its content (for setext headings)
};

bool is_blank_or_tab(char c) { return c == ' ' || c == '\t'; }

std::size_t run_of(const MarkdownScan& sc, std::size_t pos, std::size_t end, char c) {
  std::size_t n = 0;
  while (pos + n < end && sc.src[pos + n] == c) ++n;
  return n;
}

std::size_t skip_blanks(const MarkdownScan& sc, std::size_t pos, std::size_t end) {
  while (pos < end && is_blank_or_tab(sc.src[pos])) ++pos;
  return pos;
}

std::size_t trim_end(const MarkdownScan& sc, std::size_t begin, std::size_t end) {
  while (end > begin && is_blank_or_tab(sc.src[end - 1])) --end;
  return end;
}

// True when [pos, end) consists only of `allowed` characters and blanks, with at least `min` of `counted`.
bool only_chars(const MarkdownScan& sc, std::size_t pos, std::size_t end, std::string_view allowed, char counted,
                std::size_t min) {
  std::size_t n = 0;
  for (; pos < end; ++pos) {
    const char c = sc.src[pos];
    if (c == counted)
      ++n;
    else if (!is_blank_or_tab(c) && allowed.find(c) == std::string_view::npos)
      return false;
  }
  return n >= min;
}

bool is_thematic_break(const MarkdownScan& sc, std::size_t p, std::size_t end) {
  const char c = sc.at(p);
  if (c != '*' && c != '-' && c != '_') return false;
  return only_chars(sc, p, end, "", c, 3);
}

bool is_setext_underline(const MarkdownScan& sc, std::size_t p, std::size_t end) {
  const char c = sc.at(p);
  if (c != '=' && c != '-') return false;
  const std::size_t n = run_of(sc, p, end, c);
  return trim_end(sc, p, end) == p + n;
}

bool is_table_delimiter(const MarkdownScan& sc, std::size_t p, std::size_t end) {
  return only_chars(sc, p, end, ":-", '|', 1) && only_chars(sc, p, end, ":|", '-', 1);
}

std::size_t list_marker_length(const MarkdownScan& sc, std::size_t p, std::size_t end) {
  const char c = sc.at(p);
  const auto followed_ok = [&](std::size_t q) { return q == end || is_blank_or_tab(sc.at(q)); };
  if ((c == '-' || c == '*' || c == '+') && followed_ok(p + 1)) return 1;
  std::size_t n = 0;
  while (p + n < end && n < 10 && is_ascii_digit(sc.src[p + n])) ++n;
  if (n == 0 || n > 9) return 0;
  const char after = sc.at(p + n);
  return (after == '.' || after == ')') && followed_ok(p + n + 1) ? n + 1 : 0;
}

std::size_t task_box_length(const MarkdownScan& sc, std::size_t p, std::size_t end) {
  if (p + 3 > end || sc.src[p] != '[' || sc.src[p + 2] != ']') return 0;
  const char mark = sc.src[p + 1];
  if (mark != ' ' && mark != 'x' && mark != 'X') return 0;
  return p + 3 == end || is_blank_or_tab(sc.at(p + 3)) ? 3 : 0;
}

// '>' quote markers, then one list bullet or number, then a task box; returns where content starts.
std::size_t container_markers(MarkdownScan& sc, Line line, std::size_t p) {
  while (p < line.end && sc.src[p] == '>') {
    sc.hide({p, p + 1}, MarkupKind::blockquote_marker);
    p = skip_blanks(sc, p + 1, line.end);
  }
  const std::size_t n = list_marker_length(sc, p, line.end);
  if (n == 0) return p;
  sc.hide({p, p + n}, MarkupKind::list_marker);
  sc.boundaries.push_back(line.begin);
  p = skip_blanks(sc, p + n, line.end);
  const std::size_t box = task_box_length(sc, p, line.end);
  if (box > 0) sc.hide({p, p + box}, MarkupKind::list_marker);
  return skip_blanks(sc, p + box, line.end);
}

// ATX heading: hides the markers, records the content, and returns true.
bool atx_heading(MarkdownScan& sc, Line line, std::size_t p) {
  const std::size_t n = run_of(sc, p, line.end, '#');
  if (n == 0 || n > 6 || (p + n < line.end && !is_blank_or_tab(sc.src[p + n]))) return false;
  sc.hide({p, p + n}, MarkupKind::heading_marker);
  const std::size_t begin = skip_blanks(sc, p + n, line.end);
  std::size_t end = trim_end(sc, begin, line.end);
  std::size_t close = end;
  while (close > begin && sc.src[close - 1] == '#') --close;
  if (close < end && (close == begin || is_blank_or_tab(sc.src[close - 1]))) {
    sc.hide({close, end}, MarkupKind::heading_marker);
    end = trim_end(sc, begin, close);
  }
  if (end > begin) sc.model.headings.push_back({begin, end});
  sc.boundaries.push_back(line.begin);
  sc.boundaries.push_back(line.end + 1);
  detail::scan_inline(sc, begin, end);
  return true;
}

// "| a | b |": every unescaped pipe is markup and ends a cell.
void table_row(MarkdownScan& sc, Line line, std::size_t p) {
  sc.boundaries.push_back(line.begin);
  for (std::size_t q = p; q < line.end; ++q) {
    if (sc.src[q] == '\\') {
      ++q;
      continue;
    }
    if (sc.src[q] != '|' || sc.is_hidden(q)) continue;
    sc.hide({q, q + 1}, MarkupKind::table_syntax);
    sc.boundaries.push_back(q + 1);
  }
  sc.boundaries.push_back(line.end + 1);
}

// "[label]: destination "title"" on a line of its own.
bool link_definition(MarkdownScan& sc, Line line, std::size_t p) {
  if (sc.at(p) != '[') return false;
  const std::size_t close = sc.src.find("]:", p);
  if (close == std::string_view::npos || close >= line.end || close == p + 1) return false;
  const std::size_t dest = skip_blanks(sc, close + 2, line.end);
  std::size_t dest_end = dest;
  while (dest_end < line.end && !is_blank_or_tab(sc.src[dest_end])) ++dest_end;
  if (dest_end == dest) return false;
  sc.hide({line.begin, line.end}, MarkupKind::link_syntax);
  Span target{dest, dest_end};
  if (sc.at(dest) == '<' && sc.src[dest_end - 1] == '>' && dest_end - dest > 2) target = {dest + 1, dest_end - 1};
  const bool mail = detail::is_mailto(sc.src.substr(target.begin, target.size()));
  sc.add_link(target, mail ? Link::Kind::email : Link::Kind::url, MarkupKind::link_syntax);
  return true;
}

bool fence_line(MarkdownScan& sc, BlockState& st, Line line, std::size_t p) {
  const char c = sc.at(p);
  if (c != '`' && c != '~') return false;
  const std::size_t n = run_of(sc, p, line.end, c);
  if (n < 3) return false;
  if (c == '`' && sc.src.substr(p + n, line.end - p - n).find('`') != std::string_view::npos) return false;
  sc.hide({line.begin, line.end}, MarkupKind::code_block);
  sc.boundaries.push_back(line.begin);
  st.in_fence = true;
  st.fence_char = c;
  st.fence_len = n;
  return true;
}

void inside_fence(MarkdownScan& sc, BlockState& st, Line line) {
  sc.hide({line.begin, line.end}, MarkupKind::code_block);
  const std::size_t p = skip_blanks(sc, line.begin, line.end);
  const std::size_t n = run_of(sc, p, line.end, st.fence_char);
  if (n >= st.fence_len && trim_end(sc, p, line.end) == p + n) {
    st.in_fence = false;
    sc.boundaries.push_back(line.end + 1);
  }
}

// Lines that are a block of their own: blank, fence, setext underline, thematic break, delimiter row,
// link reference definition. Returns true when the line was consumed.
bool special_line(MarkdownScan& sc, BlockState& st, Line line, std::size_t p) {
  if (p == line.end) {
    sc.boundaries.push_back(line.begin);
    return true;
  }
  if (fence_line(sc, st, line, p)) return true;
  if (st.prev_paragraph && is_setext_underline(sc, p, line.end)) {
    sc.hide({line.begin, line.end}, MarkupKind::heading_marker);
    if (!st.prev_content.empty()) sc.model.headings.push_back(st.prev_content);
    sc.boundaries.push_back(line.begin);
    return true;
  }
  const bool thematic = is_thematic_break(sc, p, line.end);
  if (!thematic && !is_table_delimiter(sc, p, line.end)) return link_definition(sc, line, p);
  sc.hide({line.begin, line.end}, thematic ? MarkupKind::thematic_break : MarkupKind::table_syntax);
  sc.boundaries.push_back(line.begin);
  return true;
}

void block_line(MarkdownScan& sc, BlockState& st, Line line) {
  const std::size_t p = skip_blanks(sc, line.begin, line.end);
  if (special_line(sc, st, line, p)) {
    st.prev_paragraph = false;
    return;
  }
  const std::size_t content = container_markers(sc, line, p);
  if (content == line.end) {
    sc.boundaries.push_back(line.begin);
    st.prev_paragraph = false;
    return;
  }
  if (atx_heading(sc, line, content)) {
    st.prev_paragraph = false;
    return;
  }
  const bool table = sc.at(content) == '|';
  if (table) table_row(sc, line, content);
  detail::scan_inline(sc, content, line.end);
  st.prev_paragraph = !table;
  st.prev_content = {content, trim_end(sc, content, line.end)};
}

void scan_line(MarkdownScan& sc, BlockState& st, Line line) {
  if (st.in_fence) {
    inside_fence(sc, st, line);
    return;
  }
  std::size_t p = line.begin;
  while (p < line.end && sc.is_hidden(p)) ++p;  // the rest of a comment from an earlier line
  if (p == line.begin) {
    block_line(sc, st, line);
  } else if (p < line.end) {
    detail::scan_inline(sc, p, line.end);
  }
}

// A leading "---" line opens YAML front matter that a "---" or "..." line closes.
std::size_t front_matter(MarkdownScan& sc) {
  const std::string_view s = sc.src;
  if (s.rfind("---\n", 0) != 0 && s.rfind("---\r\n", 0) != 0) return 0;
  for (std::size_t pos = s.find('\n') + 1; pos < s.size();) {
    std::size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) eol = s.size();
    const std::string_view line = s.substr(pos, eol - pos);
    if (line == "---" || line == "..." || line == "---\r" || line == "...\r") {
      sc.hide({0, eol}, MarkupKind::front_matter);
      sc.boundaries.push_back(eol);
      return eol;
    }
    pos = eol + 1;
  }
  return 0;
}

template <typename T>
void sort_by_begin(std::vector<T>& v) {
  std::stable_sort(v.begin(), v.end(), [](const T& a, const T& b) { return a.span.begin < b.span.begin; });
}

}  // namespace

TextModel analyse_markdown(std::string_view utf8, const SentenceRules& rules) {
  MarkdownScan sc(utf8);
  BlockState st;
  for (std::size_t pos = front_matter(sc); pos < utf8.size();) {
    std::size_t eol = utf8.find('\n', pos);
    if (eol == std::string_view::npos) eol = utf8.size();
    const std::size_t end = (eol > pos && utf8[eol - 1] == '\r') ? eol - 1 : eol;
    scan_line(sc, st, Line{pos, end});
    pos = eol + 1;
  }
  detail::build_words_and_sentences(sc, rules);
  sort_by_begin(sc.model.markup);
  sort_by_begin(sc.model.links);
  std::sort(sc.model.headings.begin(), sc.model.headings.end(), [](Span a, Span b) { return a.begin < b.begin; });
  return std::move(sc.model);
}

}  // namespace lint::text
