/// A lint run's outputs: each --format's writer, fed a job at a time, the notes and the verdict.
#pragma once

#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "lint/engine/job.h"
#include "lint/format/format.h"

namespace lint {

class RunOutputs {
 public:
  /// `formats`: `NAME` (to `out`) or `NAME=PATH`. Notes go to `err` as they come when one of them
  /// is text. `fail_at`: the lowest severity an open finding fails the run with (none: never).
  RunOutputs(const std::vector<std::string>& formats, const Catalog& catalog, const OutputInfo& info,
             std::ostream& out, std::ostream& err, std::optional<Severity> fail_at);

  /// A part of the run. The writers, and the files they write, are made with the first part that
  /// checked a document or has a finding: a run that lints nothing writes no file.
  void add(const JobResult& part);
  /// Ends every output. Returns false, having written nothing, when the run linted nothing.
  bool finish();
  /// Whether an open finding is at or above the --fail-on severity.
  bool failed() const { return m_failed; }

 private:
  void open();

  const std::vector<std::string>& m_formats;
  const Catalog& m_catalog;
  const OutputInfo& m_info;
  std::ostream& m_out;
  std::ostream& m_err;
  const std::optional<Severity> m_fail_at;
  const bool m_notes_to_err;
  std::vector<std::unique_ptr<std::ofstream>> m_files;
  std::vector<std::unique_ptr<FormatWriter>> m_writers;
  std::vector<Note> m_notes;
  bool m_opened = false;
  bool m_failed = false;
};

}  // namespace lint
