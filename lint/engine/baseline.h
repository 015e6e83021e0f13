/// Baselines: the findings a project accepted when it adopted the linter, keyed by rule, file and
/// place (a YAML path, or a hash of the line's text), never by line number, so moved lines still match.
#pragma once

#include <compare>
#include <cstddef>
#include <string>
#include <vector>

#include "lint/core/diagnostic.h"

namespace lint {

/// Which finding an entry stands for. `file` is relative to the baseline file's folder.
struct BaselineKey {
  std::string rule;
  std::string file;
  std::string where;  // a YAML path, or "line " and the hash of the line's text
  auto operator<=>(const BaselineKey&) const = default;
};

struct BaselineEntry {
  BaselineKey key;
  std::size_t count = 1;  // how many findings share the key
};

struct Baseline {
  std::string path;                    // the baseline file, as given
  std::vector<BaselineEntry> entries;  // sorted by key, each key once
};

/// The key of a finding, its file made relative to `base_dir` (a folder; "" for the current one).
BaselineKey baseline_key(const Diagnostic& d, const std::string& base_dir);

/// The folder a baseline's file paths are relative to: the baseline file's own folder.
std::string baseline_dir(const std::string& baseline_path);

/// A baseline recording every finding that no suppression comment accepted.
Baseline baseline_of(const std::vector<Diagnostic>& findings, const std::string& path);

/// Marks the findings `baseline` holds as accepted (as many per key as it counts). Returns a note
/// for each entry about a reported file that matched fewer findings than it counts (a stale one).
std::vector<Note> apply_baseline(const Baseline& baseline, std::vector<Diagnostic>& findings,
                                 const std::vector<std::string>& reported);

/// The entries of `old` about files outside `reported` (this run did not look at them), merged
/// into `fresh`: a run on some files rewrites only their part of the baseline.
void keep_unreported(const Baseline& old, const std::vector<std::string>& reported, Baseline& fresh);

}  // namespace lint
