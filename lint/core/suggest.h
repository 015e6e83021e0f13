/// "Did you mean" suggestions by edit distance.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lint {

/// Levenshtein distance between two byte strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate nearest to `word`, when it is close enough to be a likely typo; else "".
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace lint
