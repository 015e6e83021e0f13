// FolderMarks: the folder files by a hash of their identity, and a flag per file the jobs set.
#include "lint/engine/folder_marks.h"

#include <algorithm>
#include <functional>

#include "lint/engine/discovery.h"

namespace lint {

namespace {

std::size_t hash_of(const std::string& identity) { return std::hash<std::string>{}(identity); }

}  // namespace

FolderMarks::FolderMarks(const std::vector<std::string>& paths)
    : m_paths(paths), m_flags(std::make_unique<std::atomic<bool>[]>(paths.size())) {
  m_by_hash.reserve(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) m_by_hash.emplace_back(hash_of(identity(paths[i])), i);
  std::sort(m_by_hash.begin(), m_by_hash.end());
}

void FolderMarks::mark(const std::string& identity_of_file) {
  const std::size_t h = hash_of(identity_of_file);
  auto it = std::lower_bound(m_by_hash.begin(), m_by_hash.end(), std::pair{h, std::size_t{0}});
  // Equal hashes are confirmed on the identity. A file listed under two names has one identity:
  // every listing of it is marked.
  for (; it != m_by_hash.end() && it->first == h; ++it)
    if (identity(m_paths[it->second]) == identity_of_file) m_flags[it->second].store(true, std::memory_order_relaxed);
}

bool FolderMarks::marked(std::size_t i) const { return m_flags[i].load(std::memory_order_relaxed); }

}  // namespace lint
