// Small string helpers shared by every layer.
#include "lint/core/strings.h"

#include <cstdint>
#include <cstdio>

namespace lint {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::string_view trim(std::string_view s) {
  constexpr std::string_view space = " \t\r\n";
  const auto first = s.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(space) - first + 1);
}

StableHash& StableHash::add(std::string_view part) {
  for (unsigned char c : part) {
    m_state ^= c;
    m_state *= 1099511628211ULL;
  }
  return *this;
}

std::string StableHash::hex() const {
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(m_state));
  return buf;
}

std::string stable_hash(std::string_view text) { return StableHash().add(text).hex(); }

}  // namespace lint
