// The text format: `path:line:col: severity: message [ID slug]`, the source line, a caret, a summary
// (accepted findings are only counted there); written as the run goes.
#include <algorithm>
#include <map>

#include "lint/format/format.h"
#include "lint/format/writers.h"

namespace lint {

namespace {

const char* color_of(Severity s) {
  switch (s) {
    case Severity::Error:
      return "\033[1;31m";
    case Severity::Warning:
      return "\033[1;33m";
    case Severity::Info:
      return "\033[1;36m";
  }
  return "";
}

std::string expand_tabs_prefix(std::string_view line, std::size_t columns) {
  // Spaces under the line up to the caret, keeping tabs so the caret lines up.
  std::string pad;
  std::size_t col = 1;
  for (std::size_t i = 0; i < line.size() && col < columns; ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    pad += c == '\t' ? '\t' : ' ';
    ++col;
  }
  while (col++ < columns) pad += ' ';
  return pad;
}

constexpr std::size_t kMaxShown = 120;  // code points of a source line shown around the caret

// The byte offset of the code point with 1-based index `column` (or the end).
std::size_t byte_of_column(std::string_view line, std::size_t column) {
  std::size_t col = 1, i = 0;
  while (i < line.size() && col < column) {
    const std::size_t len = utf8_sequence_length(line, i);
    i += len == 0 ? 1 : len;
    ++col;
  }
  return i;
}

// byte_of_column for a run's findings in order: on a line they share (a minified file's one line)
// it walks on from the last column asked, so the line is walked once, not once per finding.
class ColumnCursor {
 public:
  ColumnCursor() = default;
  std::size_t byte_of(const std::string& line, std::size_t column) {
    if (&line != m_line || column < m_column) *this = ColumnCursor(line);
    m_byte += byte_of_column(std::string_view(line).substr(m_byte), column - m_column + 1);
    m_column = column;
    return m_byte;
  }

 private:
  explicit ColumnCursor(const std::string& line) : m_line(&line) {}

  const std::string* m_line = nullptr;
  std::size_t m_column = 1;  // the code point m_byte starts
  std::size_t m_byte = 0;
};

// A long line is cut to a window around the caret, marked with "…"; returns the window and
// how many columns the cut removed before it.
std::pair<std::string, std::size_t> visible(const std::string& line, std::size_t column, ColumnCursor& cursor) {
  if (byte_of_column(line, kMaxShown + 1) == line.size()) return {line, 0};  // at most kMaxShown code points
  const std::size_t first = column > kMaxShown / 2 ? column - kMaxShown / 2 : 1;
  const std::size_t begin = cursor.byte_of(line, first);
  const std::size_t end = begin + byte_of_column(std::string_view(line).substr(begin), kMaxShown + 1);
  std::string shown = (first > 1 ? "…" : "") + line.substr(begin, end - begin) + (end < line.size() ? "…" : "");
  return {shown, first > 1 ? first - 2 : 0};
}

void write_one(std::ostream& out, const Diagnostic& d, const OutputInfo& info, ColumnCursor& cursor) {
  const Location& l = d.location;
  const char* bold = info.color ? "\033[1m" : "";
  const char* reset = info.color ? "\033[0m" : "";
  out << bold << l.path << ':' << l.start.line << ':' << l.start.column << ":" << reset << ' '
      << (info.color ? color_of(d.severity) : "") << severity_name(d.severity) << reset << ": " << d.message << " ["
      << d.rule_id << ' ' << d.slug << "]\n";
  if (d.source_line.empty()) return;
  const std::string gutter = std::to_string(l.start.line);
  const auto [shown, cut] = visible(d.source_line, l.start.column, cursor);
  const std::size_t column = l.start.column - cut;
  out << ' ' << gutter << " | " << shown << '\n';
  const std::size_t line_len = count_code_points(shown);
  std::size_t width = 1;
  if (l.end.line == l.start.line && l.end.column > l.start.column) width = l.end.column - l.start.column;
  if (l.end.line != l.start.line) width = line_len >= column ? line_len - column + 1 : 1;
  width = std::max<std::size_t>(1, std::min(width, line_len >= column ? line_len - column + 1 : 1));
  out << ' ' << std::string(gutter.size(), ' ') << " | " << expand_tabs_prefix(shown, column)
      << (info.color ? color_of(d.severity) : "") << '^' << std::string(width - 1, '~') << reset << '\n';
}

std::string plural(std::size_t n, const char* word) { return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s"); }

// Findings as they come, and the summary line at the end.
class TextWriter : public FormatWriter {
 public:
  TextWriter(std::ostream& out, const OutputInfo& info) : m_out(out), m_info(info) {}

  void add(const std::vector<Diagnostic>& findings) override {
    ColumnCursor cursor;  // per part: a part's lines are released after it
    for (const auto& d : findings) {
      if (d.is_accepted()) ++m_accepted[d.accepted.by];
      if (d.is_accepted() || (m_info.quiet && d.severity != Severity::Error)) continue;
      write_one(m_out, d, m_info, cursor);
      ++m_counts[d.severity];
      ++m_open;
    }
  }

  void finish(const std::vector<Note>&) override {
    if (m_info.quiet) return;
    const std::string accepted = accepted_counts();
    if (m_open == 0) {
      m_out << "no problems found" << (accepted.empty() ? "" : " (" + accepted + ")") << '\n';
      return;
    }
    m_out << plural(m_counts[Severity::Error], "error") << ", " << plural(m_counts[Severity::Warning], "warning")
          << ", " << m_counts[Severity::Info] << " info" << (accepted.empty() ? "" : "; " + accepted) << '\n';
  }

 private:
  // ", 2 suppressed, 1 in the baseline" for the accepted findings, or "".
  std::string accepted_counts() const {
    std::string out;
    for (const auto& [by, n] : m_accepted) {
      out += out.empty() ? "" : ", ";
      out += std::to_string(n);
      out += by == AcceptedBy::Baseline ? " in the baseline" : " suppressed";
    }
    return out;
  }

  std::ostream& m_out;
  const OutputInfo& m_info;
  std::map<Severity, std::size_t> m_counts;
  std::map<AcceptedBy, std::size_t> m_accepted;
  std::size_t m_open = 0;
};

}  // namespace

std::unique_ptr<FormatWriter> text_writer(std::ostream& out, const OutputInfo& info) {
  return std::make_unique<TextWriter>(out, info);
}

void write_notes(std::ostream& out, const std::vector<Note>& notes) {
  for (const Note& n : notes) out << "note: " << n.path << ": " << n.message << '\n';
}

}  // namespace lint
