// url_host and url_scheme.
#include "lint/core/url.h"

#include <cctype>

#include "lint/core/strings.h"

namespace lint {

std::string url_scheme(std::string_view url) {
  const std::size_t colon = url.find("://");
  if (colon == std::string_view::npos || colon == 0) return "";
  for (char c : url.substr(0, colon))
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return "";
  return ascii_lower(url.substr(0, colon));
}

std::string url_host(std::string_view url) {
  if (url_scheme(url).empty()) return "";
  std::string_view rest = url.substr(url.find("://") + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const std::size_t at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  if (!rest.empty() && rest.front() == '[') return ascii_lower(rest.substr(0, rest.find(']') + 1));
  return ascii_lower(rest.substr(0, rest.find(':')));
}

}  // namespace lint
