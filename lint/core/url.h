/// Small URL helpers: scheme and host of an absolute URL.
#pragma once

#include <string>
#include <string_view>

namespace lint {

/// The lower-case host of `scheme://host[:port]/…`, or "" when the text is not such a URL.
std::string url_host(std::string_view url);
/// The lower-case scheme, or "" when there is none.
std::string url_scheme(std::string_view url);

}  // namespace lint
