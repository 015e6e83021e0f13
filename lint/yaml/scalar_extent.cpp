// scalar_end: the end of quoted, block and plain scalars, found by scanning the source text.
#include "lint/yaml/scalar_extent.h"

namespace lint {

namespace {

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

// A plain scalar spanning one line ends before a comment or trailing blanks.
std::size_t end_of_plain_line(std::string_view text, std::size_t at) {
  const std::size_t eol = end_of_line(text, at);
  std::size_t end = at;
  for (std::size_t i = at; i < eol; ++i) {
    if (text[i] == '#' && i > at && (text[i - 1] == ' ' || text[i - 1] == '\t')) break;
    if (text[i] != ' ' && text[i] != '\t') end = i + 1;
  }
  return end;
}

}  // namespace

std::size_t scalar_end(std::string_view text, std::size_t at, std::string_view value) {
  if (at >= text.size()) return at;
  switch (text[at]) {
    case '"':
      return end_of_double_quoted(text, at);
    case '\'':
      return end_of_single_quoted(text, at);
    case '|':
    case '>':
      return end_of_line(text, at);
    default:
      break;
  }
  if (!value.empty() && text.substr(at, value.size()) == value) return at + value.size();
  if (value.empty()) return at;
  return end_of_plain_line(text, at);
}

}  // namespace lint
