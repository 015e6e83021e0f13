// Markdown inline scanner: escapes, code spans, comments, HTML tags, autolinks, links, images and emphasis.
#include <array>
#include <string_view>

#include "lint/text/markdown_scan.h"
#include "lint/text/unicode_util.h"

namespace lint::text::detail {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Bytes of a word for emphasis purposes: ASCII letters and digits, and any non-ASCII byte.
bool is_word_byte(char c) { return is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80; }

std::size_t escape(MarkdownScan& sc, std::size_t i, std::size_t end) {
  if (i + 1 >= end || !is_ascii_punct(sc.src[i + 1])) return i + 1;
  sc.hide({i, i + 1}, MarkupKind::escape);
  return i + 2;
}

std::size_t code_span(MarkdownScan& sc, std::size_t i, std::size_t end) {
  std::size_t n = 0;
  while (i + n < end && sc.src[i + n] == '`') ++n;
  for (std::size_t j = i + n; j < end;) {
    if (sc.src[j] != '`') {
      ++j;
      continue;
    }
    std::size_t m = 0;
    while (j + m < end && sc.src[j + m] == '`') ++m;
    if (m == n) {
      sc.hide({i, j + m}, MarkupKind::code_span);
      return j + m;
    }
    j += m;
  }
  return i + n;
}

// "<!-- ... -->", possibly over several lines; an unclosed comment runs to the end of the text.
std::size_t comment(MarkdownScan& sc, std::size_t i, std::size_t end) {
  const std::size_t close = sc.src.find("-->", i + 4);
  const std::size_t stop = close == npos ? sc.src.size() : close + 3;
  sc.hide({i, stop}, MarkupKind::html_comment);
  return stop < end ? stop : end;
}

// "<https://…>", "<mailto:…>", "<x@y.no>" or an HTML tag such as "<br>" or "</b>".
std::size_t angle(MarkdownScan& sc, std::size_t i, std::size_t end) {
  if (sc.src.substr(i, 4) == "<!--") return comment(sc, i, end);
  std::size_t j = i + 1;
  while (j < end && sc.src[j] != '>' && sc.src[j] != '<' && !is_ascii_space(sc.src[j])) ++j;
  const std::string_view inner = sc.src.substr(i + 1, j - i - 1);
  const bool closed = j < end && sc.src[j] == '>' && !inner.empty();
  if (closed && (url_scheme_length(sc.src, i + 1) > 0 || inner.find('@') != npos)) {
    sc.hide({i, i + 1}, MarkupKind::link_syntax);
    sc.hide({j, j + 1}, MarkupKind::link_syntax);
    const bool mail = is_mailto(inner) || (url_scheme_length(sc.src, i + 1) == 0 && inner.find('@') != npos);
    sc.add_link({i + 1, j}, mail ? Link::Kind::email : Link::Kind::url, mail ? MarkupKind::email : MarkupKind::url);
    return j + 1;
  }
  const char first = sc.at(i + 1);
  if (!is_ascii_alpha(first) && first != '/' && first != '!') return i + 1;
  const std::size_t close = sc.src.find('>', i + 1);
  const std::size_t reopen = sc.src.find('<', i + 1);
  if (close == npos || close >= end || (reopen != npos && reopen < close)) return i + 1;
  sc.hide({i, close + 1}, MarkupKind::html_tag);
  return close + 1;
}

// Index of the bracket closing the one at `open`, on the same line, or npos.
std::size_t matching(const MarkdownScan& sc, std::size_t open, std::size_t end, char o, char c) {
  int depth = 0;
  for (std::size_t j = open; j < end; ++j) {
    const char ch = sc.src[j];
    if (ch == '\\') {
      ++j;
      continue;
    }
    if (ch == o) ++depth;
    if (ch == c && --depth == 0) return j;
  }
  return npos;
}

Span destination(const MarkdownScan& sc, std::size_t begin, std::size_t end) {
  while (begin < end && is_ascii_space(sc.src[begin])) ++begin;
  if (begin < end && sc.src[begin] == '<') {
    const std::size_t close = sc.src.find('>', begin);
    return close != npos && close < end ? Span{begin + 1, close} : Span{begin, begin};
  }
  std::size_t stop = begin;
  while (stop < end && !is_ascii_space(sc.src[stop])) ++stop;
  return {begin, stop};
}

// Recognises "[text](dest "title")" and "[text][ref]" at `i`; the text stays prose.
bool try_link(MarkdownScan& sc, std::size_t i, std::size_t end) {
  const std::size_t close = matching(sc, i, end, '[', ']');
  if (close == npos) return false;
  std::size_t tail_end = npos;
  Span dest;
  if (sc.at(close + 1) == '(') {
    tail_end = matching(sc, close + 1, end, '(', ')');
    if (tail_end != npos) dest = destination(sc, close + 2, tail_end);
  } else if (sc.at(close + 1) == '[') {
    tail_end = sc.src.find(']', close + 2);
    if (tail_end >= end) tail_end = npos;
  }
  if (tail_end == npos) return false;
  sc.hide({i, i + 1}, MarkupKind::link_syntax);
  sc.hide({close, tail_end + 1}, MarkupKind::link_syntax);
  if (!dest.empty()) {
    const bool mail = is_mailto(sc.src.substr(dest.begin, dest.size()));
    sc.add_link(dest, mail ? Link::Kind::email : Link::Kind::url, MarkupKind::link_syntax);
  }
  return true;
}

std::size_t image(MarkdownScan& sc, std::size_t i, std::size_t end) {
  if (sc.at(i + 1) == '[' && try_link(sc, i + 1, end)) {
    sc.hide({i, i + 1}, MarkupKind::link_syntax);
    return i + 2;
  }
  return i + 1;
}

// A run of '*', '_' or '~' that opens or closes emphasis is markup; "2 * 3" and "snake_case" are not.
std::size_t emphasis(MarkdownScan& sc, std::size_t i, std::size_t begin, std::size_t end) {
  const char c = sc.src[i];
  std::size_t j = i;
  while (j < end && sc.src[j] == c) ++j;
  const char prev = i > begin ? sc.src[i - 1] : ' ';
  const char next = j < end ? sc.src[j] : ' ';
  bool delimiter = !is_ascii_space(prev) || !is_ascii_space(next);
  if (c == '_') delimiter = delimiter && !(is_word_byte(prev) && is_word_byte(next));
  if (c == '~') delimiter = delimiter && j - i >= 2;
  if (delimiter) sc.hide({i, j}, MarkupKind::emphasis);
  return j;
}

std::size_t inline_at(MarkdownScan& sc, std::size_t i, std::size_t begin, std::size_t end) {
  switch (sc.src[i]) {
    case '\\':
      return escape(sc, i, end);
    case '`':
      return code_span(sc, i, end);
    case '<':
      return angle(sc, i, end);
    case '!':
      return image(sc, i, end);
    case '[':
      try_link(sc, i, end);
      return i + 1;
    case '*':
    case '_':
    case '~':
      return emphasis(sc, i, begin, end);
    default:
      return scan_bare_url(sc, i, begin, end);
  }
}

}  // namespace

// The bytes an inline construct or a bare URL (https://, http://, ftp://, www., mailto:) can start at.
constexpr std::array<bool, 256> kInlineStarts = [] {
  std::array<bool, 256> starts{};
  for (unsigned char c : std::string_view("\\`<![*_~hHfFwWmM")) starts[c] = true;
  return starts;
}();

void scan_inline(MarkdownScan& sc, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end;) {
    if (!kInlineStarts[static_cast<unsigned char>(sc.src[i])] || sc.is_hidden(i)) {
      ++i;
      continue;
    }
    i = inline_at(sc, i, begin, end);
  }
  scan_bare_emails(sc, begin, end);
}

}  // namespace lint::text::detail
