/// Small string helpers shared by every layer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lint {

/// `s` without leading and trailing ASCII white space (space, tab, CR, LF).
std::string_view trim(std::string_view s);

/// `c` lower-cased if it is an ASCII capital; every other byte as it is (std::tolower in the "C"
/// locale, without asking the locale).
inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// `s` with its ASCII capitals lower-cased.
std::string ascii_lower(std::string_view s);

/// A short stable hash (16 hex digits, FNV-1a 64) for fingerprints.
std::string stable_hash(std::string_view text);

/// stable_hash of a text given in parts: `StableHash().add(a).add(b).hex() == stable_hash(a + b)`.
class StableHash {
 public:
  StableHash& add(std::string_view part);
  std::string hex() const;
  std::uint64_t value() const { return m_state; }

 private:
  std::uint64_t m_state = 1469598103934665603ULL;
};

}  // namespace lint
