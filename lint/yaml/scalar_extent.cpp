// ScalarExtents: the end of quoted, block and plain scalars, found by scanning the source text once.
#include "lint/yaml/scalar_extent.h"

namespace lint {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::size_t end_of_double_quoted(std::string_view text, std::size_t at) {
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      return i + 1;
    }
  }
  return text.size();
}

std::size_t end_of_single_quoted(std::string_view text, std::size_t at) {
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] != '\'') continue;
    if (i + 1 < text.size() && text[i + 1] == '\'') {
      ++i;
    } else {
      return i + 1;
    }
  }
  return text.size();
}

std::size_t end_of_line(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
  return end;
}

}  // namespace

std::size_t PlainLineEnds::first_comment_after(std::size_t begin) const {
  for (std::size_t i = begin + 1; i < m_line_end; ++i)
    if (m_text[i] == '#' && is_blank(m_text[i - 1])) return i;
  return m_line_end;
}

std::size_t PlainLineEnds::end_from(std::size_t begin) {
  if (begin >= m_text.size()) return begin;
  // The first comment after the previous query is still the first after this one while it lies
  // beyond it; otherwise look again from here, past everything looked at before.
  const bool same_line = m_from != kUnknown && begin >= m_from && begin < m_line_end;
  if (!same_line) m_line_end = end_of_line(m_text, begin);
  if (!same_line || begin >= m_limit) {
    m_limit = first_comment_after(begin);
    m_content_end = kUnknown;
  }
  m_from = begin;
  if (m_content_end == kUnknown) {
    m_content_end = m_limit;
    while (m_content_end > 0 && is_blank(m_text[m_content_end - 1])) --m_content_end;
  }
  return m_content_end > begin ? m_content_end : begin;
}

std::size_t ScalarExtents::end(std::size_t at, std::string_view value) {
  if (at >= m_text.size()) return at;
  switch (m_text[at]) {
    case '"':
      return end_of_double_quoted(m_text, at);
    case '\'':
      return end_of_single_quoted(m_text, at);
    case '|':
    case '>':
      return end_of_line(m_text, at);
    default:
      break;
  }
  if (value.empty()) return at;
  if (m_text.substr(at, value.size()) == value) return at + value.size();
  // A scalar continued on later lines, or one whose mark is on its tag or anchor.
  return m_plain.end_from(at);
}

}  // namespace lint
