/// A finding as users see it: rule, severity, message and exact place.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/core/source.h"
#include "lint/core/strings.h"

namespace lint {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

/// The language messages are written in.
enum class Language { En, Nb };

/// "error", "warning" or "info".
const char* severity_name(Severity s);
/// Parses "error", "warning" or "info".
std::optional<Severity> parse_severity(std::string_view text);

/// A place in a file: byte range plus its start and end positions.
struct Location {
  std::string path;
  ByteRange bytes;
  Position start;
  Position end;  // exclusive: the character after the range
};

struct RelatedLocation {
  Location location;
  std::string message;
};

/// Something a run tells the user that is not a finding (a skipped file, skipped cross-checks); a
/// note never changes the exit code.
struct Note {
  std::string path;
  std::string message;
};

/// Why a finding no longer counts: a suppression comment in the source, or an entry in the baseline.
enum class AcceptedBy { None, Suppression, Baseline };

/// A finding the bank has accepted: it is still reported (SARIF `suppressions`, JSON
/// `suppressed`, the report's accepted list) but never fails the run.
struct Acceptance {
  AcceptedBy by = AcceptedBy::None;
  std::string justification;  // the reason after `--`, or the baseline's
  std::string until;          // YYYY-MM-DD, empty when the suppression does not expire
};

/// A finding's source line, shared by the findings that start on it: a minified file's one long
/// line is held once, not once per finding. Immutable.
class SourceLine {
 public:
  SourceLine() = default;
  // Implicit, so that a line is assigned and read like the string it holds.
  SourceLine(std::string text) : m_text(std::make_shared<const std::string>(std::move(text))) {}
  SourceLine(const char* text) : SourceLine(std::string(text)) {}

  const std::string& text() const { return m_text ? *m_text : empty_text(); }
  operator const std::string&() const { return text(); }
  bool empty() const { return text().empty(); }
  /// Long enough that what is derived from it (a hash) is worth making once per line, not once per
  /// finding: a minified file's findings share its one line.
  bool is_long() const { return text().size() >= 1024; }
  friend bool operator==(const SourceLine& a, std::string_view b) { return a.text() == b; }

 private:
  static const std::string& empty_text();
  std::shared_ptr<const std::string> m_text;
};

struct Diagnostic {
  std::string rule_id;
  std::string slug;
  Severity severity = Severity::Error;
  std::string message;
  Location location;
  SourceLine source_line;  // the line of the start position, for the caret display
  std::string yaml_path;    // the dotted YAML path the finding is about; "" when it is about text
  std::vector<RelatedLocation> related;
  Acceptance accepted;  // by == None: an open finding

  bool is_accepted() const { return accepted.by != AcceptedBy::None; }
  /// Stable across line moves: rule, file, and the YAML path (or, about text, the source line).
  /// Derived when asked, so a run's findings do not hold a copy of each path and line.
  std::string fingerprint() const;
};

/// The hash of findings' fingerprints, for a run's findings in turn. Where a fingerprint holds a
/// long source line, the hash after it is kept per rule and line: a minified file's findings share
/// one line, and hashing it for each would cost the line's length per finding.
class FingerprintHashes {
 public:
  /// StableHash().add(d.fingerprint()), to go on with (an occurrence suffix) or to print.
  StableHash of(const Diagnostic& d);

 private:
  std::map<std::pair<std::string, const std::string*>, StableHash> m_long;
};

}  // namespace lint
