// glob_matches: part-by-part matching with `**` spanning parts, `*` and `?` within one.
#include "lint/settings/glob.h"

#include <algorithm>
#include <string>
#include <vector>

namespace lint {

namespace {

std::vector<std::string_view> parts_of(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    if (slash > start) parts.push_back(path.substr(start, slash - start));  // empty parts (`a//b`, `a/`) are dropped
    start = slash + 1;
  }
  return parts;
}

// One part against one pattern part: `*` any run, `?` one character; backtracks to the last `*`.
bool part_matches(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool parts_match(const std::vector<std::string_view>& pattern, std::size_t i, const std::vector<std::string_view>& path,
                 std::size_t j, std::size_t path_end) {
  if (i == pattern.size()) return j == path_end;
  if (pattern[i] == "**") {
    for (std::size_t k = j; k <= path_end; ++k)
      if (parts_match(pattern, i + 1, path, k, path_end)) return true;
    return false;
  }
  return j < path_end && part_matches(pattern[i], path[j]) && parts_match(pattern, i + 1, path, j + 1, path_end);
}

}  // namespace

bool glob_matches(std::string_view pattern, std::string_view path) {
  while (pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  const auto pattern_parts = parts_of(pattern);
  const auto path_parts = parts_of(path);
  if (pattern_parts.empty()) return false;
  // The path itself, or one of the folders it lies in.
  for (std::size_t end = path_parts.size(); end > 0; --end)
    if (parts_match(pattern_parts, 0, path_parts, 0, end)) return true;
  return false;
}

}  // namespace lint
