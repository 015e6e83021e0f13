/// A minimal streaming JSON writer with correct string escaping.
#pragma once

#include <ostream>
#include <string_view>

namespace lint {

/// Writes `text` as a JSON string literal (quotes included); invalid UTF-8 bytes become U+FFFD.
void write_json_string(std::ostream& out, std::string_view text);

}  // namespace lint
