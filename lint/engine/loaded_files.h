/// The files a run's jobs loaded, kept as 64-bit hashes of their identity, so that a folder's
/// files that no config loaded can be found by walking the folder again.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace lint {

/// 8 bytes per loaded file, however many files the folders hold. Two identities with one hash
/// would count as one (for 60,000 files, a chance of about 1 in 10^10).
class LoadedFiles {
 public:
  /// Records the file with this identity as loaded; any job may call it at any time.
  void mark(const std::string& identity);
  /// Whether a file with this identity was marked. Call it once every mark is in.
  bool loaded(const std::string& identity);

 private:
  std::mutex m_mutex;
  std::vector<std::uint64_t> m_hashes;  // sorted when first asked
  bool m_sorted = false;
};

}  // namespace lint
