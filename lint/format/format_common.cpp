// What several formats share: the stable hash of fingerprints and the last line of a range.
#include <algorithm>

#include "lint/format/format.h"

namespace lint {

std::size_t last_line(const Location& l) {
  if (l.end.line > l.start.line && l.end.column == 1) return l.end.line - 1;
  return std::max(l.end.line, l.start.line);
}

}  // namespace lint
