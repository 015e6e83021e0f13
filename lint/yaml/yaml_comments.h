/// Where a YAML source's comments are: each '#' that starts a comment, to the end of its line.
#pragma once

#include <string_view>
#include <vector>

#include "lint/core/source.h"

namespace lint {

/// The comments of a YAML (or JSON) source in source order, each from its '#' to the end of its
/// line (the line break excluded). A '#' is a comment at a line's start or after a blank, outside
/// quoted scalars (which may span lines) and outside block scalars (`|`, `>`) and their lines.
/// Reads every byte once; never fails, whatever the bytes.
std::vector<ByteRange> yaml_comments(std::string_view text);

}  // namespace lint
