/// A finding as users see it: rule, severity, message and exact place.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/core/source.h"

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

struct Diagnostic {
  std::string rule_id;
  std::string slug;
  Severity severity = Severity::Error;
  std::string message;
  Location location;
  std::string source_line;  // the line of the start position, for the caret display
  std::string yaml_path;    // the dotted YAML path the finding is about; "" when it is about text
  std::vector<RelatedLocation> related;
  Acceptance accepted;  // by == None: an open finding

  bool is_accepted() const { return accepted.by != AcceptedBy::None; }
  /// Stable across line moves: rule, file, and the YAML path (or, about text, the source line).
  /// Derived when asked, so a run's findings do not hold a copy of each path and line.
  std::string fingerprint() const;
};

}  // namespace lint
