/// Finds where a scalar ends in the source, since yaml-cpp marks only where tokens start.
#pragma once

#include <cstddef>
#include <string_view>

namespace lint {

/// The byte offset just after the scalar that starts at `at` and has the parsed `value`.
std::size_t scalar_end(std::string_view text, std::size_t at, std::string_view value);

}  // namespace lint
