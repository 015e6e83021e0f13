// RuleFileError and RuleFileErrors: the place and message of each error, printable on one line.
#include "lint/ruleset/rule_file_error.h"

#include "lint/core/utf8.h"

namespace lint {

namespace {

void append_code_point(std::string& out, unsigned cp) {
  out += static_cast<char>(0xE0 | (cp >> 12));
  out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out += static_cast<char>(0x80 | (cp & 0x3F));
}

std::string place(const std::string& file, const std::optional<Position>& at) {
  if (!at) return printable_text(file);
  return printable_text(file) + ":" + std::to_string(at->line) + ":" + std::to_string(at->column);
}

}  // namespace

std::string joined(const std::vector<RuleFileError>& errors) {
  std::string out;
  for (const auto& e : errors) {
    if (!out.empty()) out += '\n';
    out += e.what();
  }
  return out;
}

std::string printable_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = utf8_sequence_length(text, i);
    const auto c = static_cast<unsigned char>(text[i]);
    if (len == 0) {
      append_code_point(out, 0xFFFD);
      ++i;
    } else if (len == 1 && (c < 0x20 || c == 0x7F)) {
      append_code_point(out, c == 0x7F ? 0x2421u : 0x2400u + c);
      ++i;
    } else if (len == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      append_code_point(out, 0xFFFD);  // a C1 control character such as CSI
      i += 2;
    } else {
      out.append(text.substr(i, len));
      i += len;
    }
  }
  return out;
}

RuleFileError::RuleFileError(std::string file, std::optional<Position> at, std::string message)
    : std::runtime_error(place(file, at) + ": " + printable_text(message)),
      m_file(std::move(file)),
      m_at(at),
      m_message(std::move(message)) {}

RuleFileErrors::RuleFileErrors(std::vector<RuleFileError> errors)
    : std::runtime_error(joined(errors)), m_errors(std::move(errors)) {}

}  // namespace lint
