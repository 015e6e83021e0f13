// yaml_cpp_retry_input: the same YAML, respelled where yaml-cpp 0.7 rejects valid layouts; every byte keeps its offset.
#include <vector>

#include "lint/yaml/yaml_strict.h"

namespace lint {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }

// One pass that tracks flow collections, quotes, comments and block scalars, and rewrites only
// whitespace, comments and line breaks between tokens, in ways that keep the YAML's meaning.
class Respeller {
 public:
  explicit Respeller(std::string_view text) : t(text), out(text) {}

  std::string run() {
    while (i < t.size()) step();
    return std::move(out);
  }

 private:
  void step() {
    if (i == 0 || is_break(t[i - 1])) start_line();
    if (i >= t.size()) return;
    const char c = t[i];
    if (quote != 0) return quoted(c);
    if (c == '#' && (i == 0 || is_blank(t[i - 1]) || is_break(t[i - 1]))) return skip_comment();
    if ((c == '"' || c == '\'') && starts_node()) {
      quote = c;
      ++i;
      return;
    }
    if (c == '[' || c == '{') flow.push_back(c);
    if ((c == ']' || c == '}') && !flow.empty()) flow.pop_back();
    if ((c == '|' || c == '>') && flow.empty() && after_indicator()) return open_block_scalar();
    if (is_break(c) && in_flow_mapping()) return flow_break();
    if (!is_blank(c) && !is_break(c)) {
      last_token_end = i + 1;
      last_was_quote = false;
    }
    ++i;
  }

  // Skips the lines of a block scalar; turns a blank line holding a tab into spaces (yaml-cpp reads
  // its tab as indentation).
  void start_line() {
    line_indent = 0;
    while (i + line_indent < t.size() && t[i + line_indent] == ' ') ++line_indent;
    std::size_t k = i;
    while (k < t.size() && is_blank(t[k])) ++k;
    const bool blank_line = k >= t.size() || is_break(t[k]);
    if (in_block_scalar && (blank_line || line_indent > block_indent)) return skip_line();
    in_block_scalar = false;
    if (blank_line && quote == 0 && flow.empty())
      for (std::size_t b = i; b < k; ++b) out[b] = ' ';
  }

  void skip_line() {
    while (i < t.size() && !is_break(t[i])) ++i;
    if (i < t.size()) ++i;
  }

  void quoted(char c) {
    if (quote == '"' && c == '\\') {
      i += 2;
      return;
    }
    if (quote == '\'' && c == '\'' && i + 1 < t.size() && t[i + 1] == '\'') {
      i += 2;
      return;
    }
    if (c == quote) {
      quote = 0;
      last_token_end = i + 1;
      last_was_quote = true;
    }
    ++i;
  }

  void skip_comment() {
    while (i < t.size() && !is_break(t[i])) ++i;
  }

  bool starts_node() const {
    return i == 0 || is_blank(t[i - 1]) || is_break(t[i - 1]) ||
           std::string_view("[{,:-?").find(t[i - 1]) != std::string_view::npos;
  }

  bool after_indicator() const {
    std::size_t k = i;
    while (k > 0 && is_blank(t[k - 1])) --k;
    return k == 0 || is_break(t[k - 1]) || t[k - 1] == ':' || t[k - 1] == '-' || t[k - 1] == '?';
  }

  void open_block_scalar() {
    in_block_scalar = true;
    block_indent = line_indent;
    skip_comment();
  }

  bool in_flow_mapping() const { return !flow.empty() && flow.back() == '{'; }

  // In a flow mapping, a key's ':' on a later line ("{ \"a\"\n  : b }"): the gap becomes spaces.
  // A plain key broken once with no blanks around the break ("{ a\nb: c }") becomes "a b".
  void flow_break() {
    const std::size_t brk = i;
    std::size_t k = i;
    while (k < t.size() && (is_blank(t[k]) || is_break(t[k]) || t[k] == '#')) {
      if (t[k] == '#') {
        while (k < t.size() && !is_break(t[k])) ++k;
      } else {
        ++k;
      }
    }
    const bool quoted_key = last_was_quote && last_token_end != 0;
    const bool value_indicator =
        k < t.size() && t[k] == ':' &&
        (k + 1 >= t.size() || std::string_view(" \t\r\n,]}").find(t[k + 1]) != std::string_view::npos);
    if (k < t.size() && t[k] == ':' && (quoted_key || value_indicator)) {
      for (std::size_t b = last_token_end; b < k; ++b) out[b] = ' ';
    } else if (plain_fold_at(brk)) {
      out[brk] = ' ';
    }
    last_was_quote = false;
    ++i;
  }

  bool plain_fold_at(std::size_t brk) const {
    if (brk == 0 || brk + 1 >= t.size() || t[brk] != '\n') return false;
    const char before = t[brk - 1], after = t[brk + 1];
    return !is_blank(before) && !is_break(before) &&
           std::string_view("\"',[{").find(before) == std::string_view::npos && !is_blank(after) && !is_break(after) &&
           std::string_view("#,]}\"'").find(after) == std::string_view::npos && last_token_end == brk;
  }

  std::string_view t;
  std::string out;
  std::size_t i = 0, line_indent = 0, block_indent = 0, last_token_end = 0;
  std::vector<char> flow;
  char quote = 0;
  bool in_block_scalar = false, last_was_quote = false;
};

}  // namespace

std::string yaml_cpp_retry_input(std::string_view text) { return Respeller(text).run(); }

}  // namespace lint
