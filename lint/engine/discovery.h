/// Turns inputs into jobs (PRODUCT.md "What gets linted"): a config with what it references; a
/// template or text named alone in the context of the config that references it; a folder's
/// configs, and later its templates and texts that no config references.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "lint/core/diagnostic.h"
#include "lint/engine/options.h"
#include "lint/ruleset/catalog.h"

namespace lint {

/// One job to run: a file to read, or a text given on standard input under a name.
struct JobSpec {
  std::string path;
  const std::string* text = nullptr;  // the standard-input text, when the input came from there
  /// Named files linted in `path`'s context: only findings in them are reported. Empty: all.
  std::vector<std::string> focus;
  /// A folder's file that no config references: linted only when its content is a template.
  bool only_template = false;
  /// Named alone with no config that references it: the job adds a note on skipped cross-checks.
  bool alone = false;
};

/// A folder input's files that may be linted alone once the configs' jobs have run: its YAML and
/// JSON files and its texts whose name has a language suffix, not its configs; sorted by path,
/// each followed by a NUL byte (one string, so that 10,000 repositories cost about 2 MB).
struct FolderFiles {
  std::string paths;
};

struct Plan {
  std::vector<JobSpec> jobs;
  std::vector<FolderFiles> folders;  // the folder inputs, in input order: their other files are linted later
  std::vector<Note> notes;
};

/// The jobs for the inputs, in input order (a folder's files sorted by path). `inputs` must
/// outlive the plan, which points at its standard-input texts.
Plan plan_jobs(const std::vector<Input>& inputs, const Catalog& catalog, const LintOptions& options);

/// The folder files no job loaded, folder by folder in the plan's order, each folder's sorted by
/// path: YAML, JSON and texts whose name has a language suffix, not configs. Each is linted alone.
std::vector<std::string> unloaded_folder_files(const Plan& plan,
                                               const std::function<bool(const std::string& identity)>& loaded);

/// A path as an absolute, lexically normal string: how jobs compare the files they load.
std::string identity(const std::string& path);
/// The same, for a relative path taken from `cwd` (working_directory()), without asking the system.
std::string identity(const std::string& path, const std::string& cwd);
/// The current working directory, or "" when it cannot be read.
std::string working_directory();

}  // namespace lint
