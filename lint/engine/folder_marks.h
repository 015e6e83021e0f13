/// The folder files a run's configs loaded: one flag per file, set by the jobs as they load.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace lint {

/// The folder files of a plan, found by a hash of their identity (confirmed on the identity
/// itself), with a flag each that any job may set at any time. Memory is 17 bytes per folder
/// file, however many jobs load them.
class FolderMarks {
 public:
  /// `paths`: the plan's folder files, as they are shown; they must outlive the marks.
  explicit FolderMarks(const std::vector<std::string>& paths);

  /// Marks the file with this identity as loaded, when it is one of the folder files.
  void mark(const std::string& identity);
  /// Whether the i-th folder file (in the order given) was marked.
  bool marked(std::size_t i) const;

 private:
  const std::vector<std::string>& m_paths;
  std::vector<std::pair<std::size_t, std::size_t>> m_by_hash;  // (hash of identity, folder file), sorted
  std::unique_ptr<std::atomic<bool>[]> m_flags;  // by folder file
};

}  // namespace lint
