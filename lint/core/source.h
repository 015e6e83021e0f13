/// A linted file as bytes, with its line index and byte-offset to line/column conversion.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lint/core/utf8.h"  // columns count code points; users of a source also validate it

namespace lint {

/// A 1-based line and a 1-based column counted in Unicode code points.
struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
  bool operator==(const Position&) const = default;
};

/// A half-open byte range [begin, end) in a source file.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const ByteRange&) const = default;
};

/// A file's bytes with a line index. Line ends are LF, CRLF or a lone CR.
class SourceFile {
 public:
  SourceFile() = default;
  SourceFile(std::string path, std::string bytes);

  const std::string& path() const { return m_path; }
  std::string_view text() const { return m_bytes; }
  std::size_t size() const { return m_bytes.size(); }

  /// The 1-based line and code-point column of a byte offset (clamped to the file).
  Position position(std::size_t offset) const;
  /// The 1-based line of a byte offset (clamped to the file), without counting its column.
  std::size_t line_of(std::size_t offset) const;
  /// The text of a 1-based line without its line end.
  std::string_view line_text(std::size_t line) const;
  /// The byte offset where a 1-based line starts.
  std::size_t line_start(std::size_t line) const;
  std::size_t line_count() const { return m_line_starts.size(); }

 private:
  void index_long_lines();

  std::string m_path;
  std::string m_bytes;
  std::vector<std::size_t> m_line_starts;
  // In lines longer than kColumnStride bytes, every kColumnStride bytes or so: a byte offset where
  // a character starts, and the characters before it on its line. A position counts from the last
  // one before it, so a minified file's findings do not each count the whole line.
  static constexpr std::size_t kColumnStride = 4096;
  std::vector<std::pair<std::size_t, std::size_t>> m_columns;
};

}  // namespace lint
