// Lexically normal path strings: plain paths pass through, the rest go to std::filesystem.
#include "lint/core/file_paths.h"

#include <filesystem>

namespace lint {

namespace fs = std::filesystem;

bool plainly_normal(std::string_view path) {
  if (path.empty() || path == "/") return false;
  std::size_t start = path.front() == '/' ? 1 : 0;
  for (;;) {
    const std::size_t slash = path.find('/', start);
    const std::string_view part = path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

std::string normal_path(const std::string& path) {
  return plainly_normal(path) ? path : fs::path(path).lexically_normal().string();
}

std::string normal_join(const std::string& base, const std::string& rel) {
  if (plainly_normal(rel)) {
    if (rel.front() == '/' || base == "." || base.empty()) return rel;
    if (plainly_normal(base)) return base + "/" + rel;
  }
  return (fs::path(base) / rel).lexically_normal().string();
}

}  // namespace lint
