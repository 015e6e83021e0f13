/// The baseline file: small, sorted JSON, one finding per line, meant to be committed.
#pragma once

#include <ostream>
#include <stdexcept>
#include <string>

#include "lint/engine/baseline.h"

namespace lint {

/// A baseline file that cannot be read or is not a baseline: the message names file:line:col.
class BaselineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Reads the baseline at `path`. Throws BaselineError when it is missing, unreadable or malformed.
Baseline read_baseline(const std::string& path);

/// Writes `baseline` as JSON (`{"dsoplintBaseline": 1, "findings": [...]}`, one entry per line).
void write_baseline_json(std::ostream& out, const Baseline& baseline);

/// Writes `baseline` to its path. Throws BaselineError when the file cannot be written.
void write_baseline(const Baseline& baseline);

}  // namespace lint
