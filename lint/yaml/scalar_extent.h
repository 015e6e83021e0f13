/// Finds where a scalar ends in the source, since yaml-cpp marks only where tokens start.
#pragma once

#include <cstddef>
#include <string_view>

namespace lint {

/// Where the text that starts at a given offset ends on its line: before a comment (a '#' after a
/// blank) and trailing blanks. Asked in source order, it reads each line a bounded number of times
/// however many scalars share it; asked out of order it stays right, only slower.
class PlainLineEnds {
 public:
  explicit PlainLineEnds(std::string_view text) : m_text(text) {}
  /// The offset just after the last non-blank before the line's end or a later comment.
  std::size_t end_from(std::size_t begin);

 private:
  std::size_t first_comment_after(std::size_t begin) const;

  static constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);
  std::string_view m_text;
  std::size_t m_from = kUnknown;         // the previous query
  std::size_t m_line_end = 0;            // the line break after m_from (or the text's end)
  std::size_t m_limit = 0;               // the first comment after m_from on its line, or m_line_end
  std::size_t m_content_end = kUnknown;  // just after the last non-blank before m_limit
};

/// Where each scalar ends; asked in source order, every byte is read a bounded number of times.
class ScalarExtents {
 public:
  explicit ScalarExtents(std::string_view text) : m_text(text), m_plain(text) {}
  /// The byte offset just after the scalar that starts at `at` and has the parsed `value`.
  std::size_t end(std::size_t at, std::string_view value);

 private:
  std::string_view m_text;
  PlainLineEnds m_plain;
};

}  // namespace lint
