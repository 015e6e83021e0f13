// SourceFile: line index and offset-to-position conversion.
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

}  // namespace

SourceFile::SourceFile(std::string path, std::string bytes)
    : m_path(std::move(path)), m_bytes(std::move(bytes)), m_line_starts(index_lines(m_bytes)) {}

std::size_t SourceFile::line_of(std::size_t offset) const {
  offset = std::min(offset, m_bytes.size());
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  return static_cast<std::size_t>(it - m_line_starts.begin());
}

Position SourceFile::position(std::size_t offset) const {
  offset = std::min(offset, m_bytes.size());
  const std::size_t line = line_of(offset);
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

}  // namespace lint
