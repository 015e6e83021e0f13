/// Glob matching for the settings' per-path overrides: `*`, `**` and `?` over `/`-separated paths.
#pragma once

#include <string_view>

namespace lint {

/// True when `path` (relative, `/`-separated) matches `pattern`, or lies in a folder that does:
/// `*` is any run of characters within one path part, `?` one character other than `/`, and a
/// part `**` any number of parts, none included. A leading `./` in the pattern is ignored.
bool glob_matches(std::string_view pattern, std::string_view path);

}  // namespace lint
