// SourceFile: line index, offset-to-position conversion and UTF-8 validation.
#include "lint/core/source.h"

#include <algorithm>

namespace lint {

namespace {

std::vector<std::size_t> index_lines(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts.push_back(i + 1);
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      starts.push_back(i + 1);
    }
  }
  return starts;
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

std::size_t sequence_length_impl(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  const auto second = static_cast<unsigned char>(s[i + 1]);
  if (second < lo || second > hi) return 0;
  for (std::size_t k = 2; k < len; ++k) {
    if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return 0;
  }
  return len;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) { return sequence_length_impl(s, i); }

SourceFile::SourceFile(std::string path, std::string bytes)
    : m_path(std::move(path)), m_bytes(std::move(bytes)), m_line_starts(index_lines(m_bytes)) {}

Position SourceFile::position(std::size_t offset) const {
  offset = std::min(offset, m_bytes.size());
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - m_line_starts.begin());
  const std::size_t start = m_line_starts[line - 1];
  return {line, 1 + count_code_points(std::string_view(m_bytes).substr(start, offset - start))};
}

std::string_view SourceFile::line_text(std::size_t line) const {
  if (line == 0 || line > m_line_starts.size()) return {};
  const std::size_t start = m_line_starts[line - 1];
  std::size_t end = line < m_line_starts.size() ? m_line_starts[line] : m_bytes.size();
  while (end > start && (m_bytes[end - 1] == '\n' || m_bytes[end - 1] == '\r')) --end;
  return std::string_view(m_bytes).substr(start, end - start);
}

std::size_t SourceFile::line_start(std::size_t line) const {
  if (line == 0) return 0;
  if (line > m_line_starts.size()) return m_bytes.size();
  return m_line_starts[line - 1];
}

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

std::size_t count_code_points(std::string_view bytes) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = utf8_sequence_length(bytes, i);
    i += len == 0 ? 1 : len;
    ++count;
  }
  return count;
}

}  // namespace lint
