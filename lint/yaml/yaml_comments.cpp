// yaml_comments: one pass over the source that tracks quoted and block scalars to find the comments.
#include "lint/yaml/yaml_comments.h"

namespace lint {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }

class CommentScanner {
 public:
  explicit CommentScanner(std::string_view text) : t(text) {}

  std::vector<ByteRange> run() {
    std::size_t begin = 0;
    while (begin < t.size()) {
      std::size_t end = begin;
      while (end < t.size() && !is_break(t[end])) ++end;
      line(begin, end);
      begin = end;
      if (begin < t.size() && t[begin] == '\r') ++begin;
      if (begin < t.size() && t[begin] == '\n') ++begin;
    }
    return std::move(out);
  }

 private:
  void line(std::size_t b, std::size_t e) {
    line_begin = b;
    std::size_t p = b;
    while (p < e && t[p] == ' ') ++p;
    if (in_block_scalar(b, e, p)) return;
    if (quote == 0) {
      node_start = true;
      p = document_marker(p, e);
    } else {
      p = b;
    }
    scan(p, e);
    if (block_pending && quote == 0) {
      block = true;
      block_pending = false;
    }
  }

  // The lines of a block scalar: blank ones and those indented at least its content's minimum.
  bool in_block_scalar(std::size_t b, std::size_t e, std::size_t content) {
    if (!block) return false;
    std::size_t k = content;
    while (k < e && is_blank(t[k])) ++k;
    if (k == e) return true;
    const bool marker = b == content && (starts_marker(b, e, '-') || starts_marker(b, e, '.'));
    if (!marker && content - b >= block_min) return true;
    block = false;
    return false;
  }

  bool starts_marker(std::size_t p, std::size_t e, char c) const {
    return p + 3 <= e && t[p] == c && t[p + 1] == c && t[p + 2] == c && (p + 3 == e || is_blank(t[p + 3]));
  }

  // "---" or "..." at a line's start; a root block scalar after "---" may start at column 0.
  std::size_t document_marker(std::size_t p, std::size_t e) {
    if (p != line_begin || !(starts_marker(p, e, '-') || starts_marker(p, e, '.'))) return p;
    depth = 0;
    owner_min = 0;
    return p + 3;
  }

  void scan(std::size_t p, std::size_t e) {
    while (p < e) {
      if (quote != 0) {
        p = quoted(p, e);
        continue;
      }
      if (t[p] == '#' && (p == line_begin || is_blank(t[p - 1]))) {
        out.push_back({p, e});
        return;
      }
      p = token(p, e);
    }
  }

  std::size_t quoted(std::size_t p, std::size_t e) {
    if (quote == '"' && t[p] == '\\') return p + 2 <= e ? p + 2 : e;
    if (quote == '\'' && t[p] == '\'' && p + 1 < e && t[p + 1] == '\'') return p + 2;
    if (t[p] == quote) {
      quote = 0;
      node_start = false;
    }
    return p + 1;
  }

  bool ends_token(std::size_t p, std::size_t e) const { return p >= e || is_blank(t[p]); }

  std::size_t token(std::size_t p, std::size_t e) {
    const char c = t[p];
    if (is_blank(c)) return p + 1;
    if (node_start && (c == '"' || c == '\'')) {
      owner_min = p - line_begin + 1;
      quote = c;
      return p + 1;
    }
    if (node_start && (c == '[' || c == '{')) {
      ++depth;
      node_start = true;
      return p + 1;
    }
    if (depth > 0 && (c == ']' || c == '}')) {
      --depth;
      node_start = false;
      return p + 1;
    }
    if (c == ',' && depth > 0) {
      node_start = true;
      return p + 1;
    }
    if (c == ':' &&
        (ends_token(p + 1, e) || (depth > 0 && std::string_view(",]}").find(t[p + 1]) != std::string_view::npos))) {
      node_start = true;
      return p + 1;
    }
    if (node_start) return node_token(p, e);
    return p + 1;
  }

  // A token where a node may start: an entry indicator, properties, a block scalar indicator, or a
  // plain scalar (in which a later quote is only a character).
  std::size_t node_token(std::size_t p, std::size_t e) {
    const char c = t[p];
    if ((c == '-' || c == '?') && ends_token(p + 1, e)) {
      owner_min = p - line_begin + 1;
      return p + 1;
    }
    if (c == '&' || c == '!') {
      while (p < e && !is_blank(t[p])) ++p;
      return p;
    }
    if ((c == '|' || c == '>') && depth == 0) {
      std::size_t k = p + 1;
      while (k < e && (t[k] == '+' || t[k] == '-' || (t[k] >= '0' && t[k] <= '9'))) ++k;
      if (ends_token(k, e)) {
        block_pending = true;
        block_min = owner_min;
        node_start = false;
        return k;
      }
    }
    owner_min = p - line_begin + 1;
    node_start = false;
    return p + 1;
  }

  std::string_view t;
  std::vector<ByteRange> out;
  std::size_t line_begin = 0;
  char quote = 0;              // the quote of the scalar being read, or 0
  bool node_start = true;      // a node may start here: a quote opens a quoted scalar
  std::size_t depth = 0;       // flow collection nesting
  std::size_t owner_min = 0;   // one past the column of the last key or entry: a block scalar's content indent
  bool block_pending = false;  // a block scalar indicator was read on this line
  bool block = false;          // inside a block scalar's content lines
  std::size_t block_min = 0;   // the least indent of its content lines
};

}  // namespace

std::vector<ByteRange> yaml_comments(std::string_view text) { return CommentScanner(text).run(); }

}  // namespace lint
