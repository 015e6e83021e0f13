/// Small string helpers shared by every layer.
#pragma once

#include <string>
#include <string_view>

namespace lint {

/// `s` without leading and trailing ASCII white space (space, tab, CR, LF).
std::string_view trim(std::string_view s);

/// A short stable hash (16 hex digits, FNV-1a 64) for fingerprints.
std::string stable_hash(std::string_view text);

}  // namespace lint
