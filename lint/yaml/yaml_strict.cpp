// lexical_violation: a single pass over the source that tracks quotes, flow depth and block scalars.
#include "lint/yaml/yaml_strict.h"

#include <vector>

namespace lint {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }

// The spaces (not tabs) that start the line at `start`.
std::size_t indent_at(std::string_view t, std::size_t start) {
  std::size_t i = start;
  while (i < t.size() && t[i] == ' ') ++i;
  return i - start;
}

// A set of bytes, made at compile time from the bytes of a string.
struct ByteSet {
  bool in[256] = {};
  constexpr explicit ByteSet(std::string_view bytes) {
    for (const char c : bytes) in[static_cast<unsigned char>(c)] = true;
  }
  constexpr bool has(char c) const { return in[static_cast<unsigned char>(c)]; }
};

// The bytes that mean something to the scanner outside quotes, and inside each kind of quotes.
constexpr ByteSet kUnquoted("#\"'[]{},|>&! \t\n\r");
constexpr ByteSet kInDoubleQuotes("\\\"\n\r");
constexpr ByteSet kInSingleQuotes("'\n\r");

class StrictScanner {
 public:
  explicit StrictScanner(std::string_view text) : t(text) {}

  std::optional<StrictViolation> run() {
    while (i < t.size() && !found) step();
    if (!found && quote != 0) fail(quote_start, "a quoted scalar is not closed");
    if (!found && directive_pending) fail(directive_at, "a directive is not followed by a document ('---')");
    return found;
  }

 private:
  void fail(std::size_t at, std::string detail) {
    if (!found) found = StrictViolation{{at, at + 1}, std::move(detail)};
  }

  void step() {
    if (at_line_start()) {
      line_start = i;
      line_indent = indent_at(t, i);
      if (in_block_scalar()) return;
      if (check_line_start()) return;
    }
    const char c = t[i];
    if (quote == '"') return plain_run(kInDoubleQuotes) ? void() : double_quoted(c);
    if (quote == '\'') return plain_run(kInSingleQuotes) ? void() : single_quoted(c);
    if (plain_run(kUnquoted)) return note_content();
    if (c == '#') return comment();
    if (c == '"' || c == '\'') return open_quote(c);
    if (c == '[' || c == '{') return open_flow();
    if (c == ']' || c == '}') return close_flow();
    if (c == ',' && depth > 0) return comma();
    if ((c == '|' || c == '>') && depth == 0 && after_indicator_position()) return block_indicator();
    if ((c == '&' || c == '!') && token_start()) return property();
    if (!is_blank(c) && !is_break(c)) note_content();
    ++i;
  }

  // Steps over the byte at `i` and those after it while none is special: bytes the scanner does
  // nothing with in the current state (no line break among them, so no line starts either).
  bool plain_run(const ByteSet& special) {
    if (special.has(t[i])) return false;
    ++i;
    while (i < t.size() && !special.has(t[i])) ++i;
    return true;
  }

  bool at_line_start() const { return i == 0 || t[i - 1] == '\n' || (t[i - 1] == '\r' && t[i] != '\n'); }

  // Skips the lines of a block scalar: those more indented than its parent, and blank ones.
  bool in_block_scalar() {
    if (!block_scalar) return false;
    std::size_t k = i;
    while (k < t.size() && is_blank(t[k])) ++k;
    const auto rest = t.substr(i);
    const bool marker = rest.rfind("---", 0) == 0 || rest.rfind("...", 0) == 0;
    const bool ends = block_root ? marker : line_indent <= block_parent_indent;
    if (k < t.size() && !is_break(t[k]) && ends) {
      block_scalar = false;
      return false;
    }
    skip_line();
    return true;
  }

  // Document markers, directives, content after the document's end or after a root flow collection,
  // and under-indented continuation lines of multi-line flow constructs.
  bool check_line_start() {
    const auto rest = t.substr(i);
    const bool dashes = rest.rfind("---", 0) == 0 && (rest.size() == 3 || is_blank(rest[3]) || is_break(rest[3]));
    const bool dots = rest.rfind("...", 0) == 0 && (rest.size() == 3 || is_blank(rest[3]) || is_break(rest[3]));
    if (quote == 0 && depth == 0 && dashes) {
      start_document(true);
      i += 3;
      return true;
    }
    if (quote == 0 && depth == 0 && dots) {
      end_document();
      return true;
    }
    if (quote == 0 && depth == 0 && !rest.empty() && rest[0] == '%') return directive();
    if (quote == 0 && depth == 0 && root_closed && !comment_or_blank_line())
      fail(i + line_indent, "content after the document's root flow collection");
    if ((quote != 0 || depth > 0) && needs_indent > 0 && !comment_or_blank_line() && line_indent < needs_indent)
      fail(i, "a continuation line is indented less than its parent node (tabs do not count as indentation)");
    return false;
  }

  bool comment_or_blank_line() const {
    std::size_t k = i;
    while (k < t.size() && is_blank(t[k])) ++k;
    return k >= t.size() || is_break(t[k]) || (t[k] == '#' && quote == 0);
  }

  void start_document(bool explicit_start) {
    directive_pending = false;
    doc_content = false;
    root_closed = false;
    doc_open = explicit_start;
  }

  void end_document() {
    std::size_t k = i + 3;
    while (k < t.size() && is_blank(t[k])) ++k;
    if (k < t.size() && !is_break(t[k]) && t[k] != '#') fail(k, "content after the document end marker '...'");
    doc_open = false;
    doc_content = false;
    root_closed = false;
    skip_line();
  }

  bool directive() {
    if (doc_content || doc_open) return false;  // inside a document a '%' line can continue a plain scalar
    directive_pending = true;
    directive_at = i;
    skip_line();
    return true;
  }

  void skip_line() {
    while (i < t.size() && !is_break(t[i])) ++i;
    while (i < t.size() && is_break(t[i])) {
      const bool crlf = t[i] == '\r' && i + 1 < t.size() && t[i + 1] == '\n';
      i += crlf ? 2 : 1;
      break;
    }
  }

  void note_content() {
    if (depth == 0 && !doc_content) {
      doc_content = true;
      directive_pending = false;
    }
    expecting_item = false;
    after_token = false;
  }

  void comment() {
    const char before = i > 0 ? t[i - 1] : '\n';
    if (!is_blank(before) && !is_break(before) && i != 0 && after_token)
      fail(i, "a comment must be separated from the token before it by a space");
    skip_to_break();
  }

  void skip_to_break() {
    while (i < t.size() && !is_break(t[i])) ++i;
  }

  void open_quote(char c) {
    const bool starts_node = i == 0 || is_blank(t[i - 1]) || is_break(t[i - 1]) ||
                             std::string_view("[{,:-?").find(t[i - 1]) != std::string_view::npos;
    if (!starts_node) {  // a quote inside a plain scalar is just a character
      note_content();
      ++i;
      return;
    }
    root_candidate(i);
    note_content();
    quote = c;
    quote_start = i;
    ++i;
  }

  void double_quoted(char c) {
    if (c == '\\') {
      const char e = i + 1 < t.size() ? t[i + 1] : '\0';
      if (std::string_view("0abt\tnvfre \"/\\N_LPxuU\n\r").find(e) == std::string_view::npos)
        fail(i, std::string("invalid escape '\\") + e + "' in a double-quoted scalar");
      i += 2;
      return;
    }
    if (c == '"') close_quote();
    ++i;
  }

  void single_quoted(char c) {
    if (c == '\'' && i + 1 < t.size() && t[i + 1] == '\'') {
      i += 2;
      return;
    }
    if (c == '\'') close_quote();
    ++i;
  }

  void close_quote() {
    quote = 0;
    after_token = true;
    if (depth == 0) needs_indent = 0;
  }

  // Before a flow node or quoted scalar starts: remember the indentation its continuation lines need.
  void root_candidate(std::size_t at) {
    if (depth > 0) return;
    const bool first_on_line = line_indent == at - line_start;  // line_indent is indent_at(t, line_start)
    const bool root = !doc_content;
    needs_indent = root ? 0 : first_on_line ? 1 : line_indent + 1;
    is_root_flow = root && t[at] != '"' && t[at] != '\'';
  }

  void open_flow() {
    if (depth == 0) root_candidate(i);
    note_content();
    ++depth;
    expecting_item = true;
    first_item = true;
    after_token = false;
    ++i;
    check_flow_dash();
  }

  void close_flow() {
    if (depth > 0) --depth;
    if (depth == 0) {
      needs_indent = 0;
      if (is_root_flow && !key_follows(i + 1)) root_closed = true;
      is_root_flow = false;
    }
    expecting_item = false;
    after_token = true;
    ++i;
  }

  // Whether ':' follows on the same line: the flow collection is then a key, not the whole document.
  bool key_follows(std::size_t k) const {
    while (k < t.size() && is_blank(t[k])) ++k;
    return k < t.size() && t[k] == ':';
  }

  void comma() {
    if (expecting_item)
      fail(i, first_item ? "a flow collection cannot start with ','" : "two commas in a row in a flow collection");
    expecting_item = true;
    first_item = false;
    after_token = true;
    ++i;
    check_flow_dash();
  }

  // A lone '-' is not a plain scalar in a flow collection ("[-]", "[-, -]").
  void check_flow_dash() {
    std::size_t k = i;
    while (k < t.size() && (is_blank(t[k]) || is_break(t[k]))) ++k;
    if (k < t.size() && t[k] == '-' &&
        (k + 1 >= t.size() || std::string_view(" \t\r\n,]}").find(t[k + 1]) != std::string_view::npos))
      fail(k, "a lone '-' cannot stand in a flow collection");
  }

  bool token_start() const {
    return i == line_start || is_blank(t[i - 1]) || t[i - 1] == '[' || t[i - 1] == '{' || t[i - 1] == ',';
  }

  // An anchor or tag belongs to the node after it: it is not content of its own.
  void property() {
    while (i < t.size() && !is_blank(t[i]) && !is_break(t[i]) &&
           (depth == 0 || std::string_view(",[]{}").find(t[i]) == std::string_view::npos))
      ++i;
  }

  bool after_indicator_position() const {
    std::size_t k = i;
    while (k > line_start && is_blank(t[k - 1])) --k;
    return k == line_start || t[k - 1] == ':' || t[k - 1] == '-' || t[k - 1] == '?';
  }

  void block_indicator() {
    std::size_t k = i + 1;
    while (k < t.size() && std::string_view("+-0123456789").find(t[k]) != std::string_view::npos) ++k;
    if (k < t.size() && t[k] == '#') fail(k, "a comment after a block scalar indicator needs a space before '#'");
    const bool explicit_indent =
        std::string_view(t.data() + i, k - i).find_first_of("123456789") != std::string_view::npos;
    if (doc_content && !explicit_indent) check_leading_empty_lines(k);
    block_root = !doc_content;
    note_content();
    block_scalar = true;
    block_parent_indent = line_indent;
    skip_to_break();
  }

  // With its indentation detected, a block scalar's first content line sets it: no empty line before
  // may have more spaces (yaml-cpp reads "k: >\n   \n # x" as empty, and the '#' line as a comment).
  void check_leading_empty_lines(std::size_t from) {
    const auto parent = block_scalar_parent_column();
    if (!parent) return;
    std::size_t line = from, widest = 0, widest_at = 0;
    while (line < t.size() && !is_break(t[line])) ++line;
    while (line < t.size()) {
      line += t[line] == '\r' && line + 1 < t.size() && t[line + 1] == '\n' ? 2 : 1;
      const std::size_t spaces = indent_at(t, line);
      const std::size_t k = line + spaces;
      if (k < t.size() && !is_break(t[k])) {
        if (spaces > *parent && widest > spaces)
          fail(widest_at, "an empty line before a block scalar's first content line has more spaces than that line");
        return;
      }
      if (spaces > widest) {
        widest = spaces;
        widest_at = line;
      }
      line = k;
    }
  }

  // The indentation of the node holding the block scalar at i: the '-' or '?' before it, or the key
  // of its ':' (past any "- " on the line); nothing when '|' starts its line.
  std::optional<std::size_t> block_scalar_parent_column() const {
    std::size_t k = i;
    while (k > line_start && is_blank(t[k - 1])) --k;
    if (k == line_start) return std::nullopt;
    const char indicator = t[k - 1];
    if (indicator != ':') return k - 1 - line_start;
    std::size_t key = line_start;
    while (true) {
      while (key < k && t[key] == ' ') ++key;
      if (key + 1 < k && (t[key] == '-' || t[key] == '?') && is_blank(t[key + 1])) {
        ++key;
        continue;
      }
      return key - line_start;
    }
  }

  std::string_view t;
  std::size_t i = 0, line_start = 0, line_indent = 0;
  char quote = 0;
  std::size_t quote_start = 0;
  int depth = 0;
  bool expecting_item = false, first_item = false, after_token = false;
  bool block_scalar = false, block_root = false;
  std::size_t block_parent_indent = 0;
  std::size_t needs_indent = 0;
  bool is_root_flow = false, root_closed = false;
  bool doc_content = false, doc_open = false, directive_pending = false;
  std::size_t directive_at = 0;
  std::optional<StrictViolation> found;
};

}  // namespace

std::optional<StrictViolation> lexical_violation(std::string_view text) { return StrictScanner(text).run(); }

}  // namespace lint
