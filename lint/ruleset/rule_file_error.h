/// Rule-file errors as values: one error with its place, and a rule pack's errors all together.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "lint/core/source.h"

namespace lint {

/// An error in a rule file. what() is `file:line:col: message` (`file: message` when the file
/// could not be read), as printable UTF-8 on one line. Options throw it to stop reading one rule
/// or file; the catalog records it as a value and loads the rest.
class RuleFileError : public std::runtime_error {
 public:
  RuleFileError(std::string file, std::optional<Position> at, std::string message);

  const std::string& file() const { return m_file; }
  const std::optional<Position>& position() const { return m_at; }
  const std::string& message() const { return m_message; }

 private:
  std::string m_file;
  std::optional<Position> m_at;
  std::string m_message;
};

/// The errors' what() texts, one a line, in the order given.
std::string joined(const std::vector<RuleFileError>& errors);

/// A rule pack that did not load: every error, in file order, then position. what() has one a line.
class RuleFileErrors : public std::runtime_error {
 public:
  explicit RuleFileErrors(std::vector<RuleFileError> errors);

  const std::vector<RuleFileError>& errors() const { return m_errors; }

 private:
  std::vector<RuleFileError> m_errors;
};

/// `text` as printable UTF-8: an invalid byte or a C1 control becomes U+FFFD and a C0 control its
/// symbol (a line break U+240A), so an error stays on one line and sends no terminal escapes.
std::string printable_text(std::string_view text);

}  // namespace lint
