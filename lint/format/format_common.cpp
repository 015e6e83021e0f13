// What several formats share: the stable hash of fingerprints and the last line of a range.
#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "lint/format/format.h"

namespace lint {

std::string stable_hash(std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::size_t last_line(const Location& l) {
  if (l.end.line > l.start.line && l.end.column == 1) return l.end.line - 1;
  return std::max(l.end.line, l.start.line);
}

}  // namespace lint
