// SourceFile: line index and offset-to-position conversion.
#include "lint/core/source.h"

#include <algorithm>
#include <iterator>
#include <tuple>

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

}  // namespace

SourceFile::SourceFile(std::string path, std::string bytes)
    : m_path(std::move(path)), m_bytes(std::move(bytes)), m_line_starts(index_lines(m_bytes)) {
  index_long_lines();
}

// A mark at a byte that is not a UTF-8 continuation byte: the count from the line start passes
// through it, as a decoded sequence never holds one after its first byte.
void SourceFile::index_long_lines() {
  const std::string_view text = m_bytes;
  for (std::size_t line = 0; line < m_line_starts.size(); ++line) {
    const std::size_t end = line + 1 < m_line_starts.size() ? m_line_starts[line + 1] : text.size();
    std::size_t at = m_line_starts[line], column = 0;
    while (end - at > kColumnStride) {
      std::size_t next = at + kColumnStride;
      while (next < end && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
      column += count_code_points(text.substr(at, next - at));
      at = next;
      m_columns.emplace_back(at, column);
    }
  }
}

std::size_t SourceFile::line_of(std::size_t offset) const {
  offset = std::min(offset, m_bytes.size());
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  return static_cast<std::size_t>(it - m_line_starts.begin());
}

Position SourceFile::position(std::size_t offset) const {
  offset = std::min(offset, m_bytes.size());
  const std::size_t line = line_of(offset);
  std::size_t from = m_line_starts[line - 1], before = 0;
  const auto mark = std::upper_bound(m_columns.begin(), m_columns.end(), offset,
                                     [](std::size_t o, const std::pair<std::size_t, std::size_t>& m) { return o < m.first; });
  if (mark != m_columns.begin() && std::prev(mark)->first >= from) std::tie(from, before) = *std::prev(mark);
  return {line, 1 + before + count_code_points(std::string_view(m_bytes).substr(from, offset - from))};
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

}  // namespace lint
