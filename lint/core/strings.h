/// Small string helpers shared by every layer.
#pragma once

#include <string_view>

namespace lint {

/// `s` without leading and trailing ASCII white space (space, tab, CR, LF).
std::string_view trim(std::string_view s);

}  // namespace lint
