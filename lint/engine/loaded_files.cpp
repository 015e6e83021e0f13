// LoadedFiles: the hashes of the loaded files' identities, collected under a mutex, sorted to ask.
#include "lint/engine/loaded_files.h"

#include <algorithm>

#include "lint/core/strings.h"

namespace lint {

namespace {

std::uint64_t hash_of(const std::string& identity) { return StableHash().add(identity).value(); }

}  // namespace

void LoadedFiles::mark(const std::string& identity) {
  const std::uint64_t h = hash_of(identity);
  const std::lock_guard lock(m_mutex);
  m_hashes.push_back(h);
  m_sorted = false;
}

bool LoadedFiles::loaded(const std::string& identity) {
  const std::lock_guard lock(m_mutex);
  if (!m_sorted) {
    std::sort(m_hashes.begin(), m_hashes.end());
    m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
    m_sorted = true;
  }
  return std::binary_search(m_hashes.begin(), m_hashes.end(), hash_of(identity));
}

}  // namespace lint
