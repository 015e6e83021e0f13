// Strict UTF-8: the one decoder every layer uses (positions, output, text analysis).
#include "lint/core/utf8.h"

#include <cstdint>
#include <cstring>

namespace lint {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The first position at or after `i` that does not start eight ASCII bytes in a row: most of a
// YAML file or a consent text is ASCII, and eight bytes are tested at once.
std::size_t skip_ascii(std::string_view s, std::size_t i) {
  constexpr std::uint64_t high_bits = 0x8080808080808080ull;
  for (std::uint64_t word; i + sizeof word <= s.size(); i += sizeof word) {
    std::memcpy(&word, s.data() + i, sizeof word);
    if ((word & high_bits) != 0) break;
  }
  return i;
}

// The sequence length a lead byte announces, with the allowed range of the second byte that rules
// out overlong forms (E0, F0), surrogates (ED) and values above U+10FFFF (F4); 0 for no lead byte.
std::size_t announced_length(unsigned char lead, unsigned char& lo, unsigned char& hi) {
  lo = 0x80;
  hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
    return 4;
  }
  return 0;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return 1;
  unsigned char lo = 0, hi = 0;
  const std::size_t len = announced_length(lead, lo, hi);
  if (len == 0 || i + len > s.size()) return 0;
  const auto second = static_cast<unsigned char>(s[i + 1]);
  if (second < lo || second > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return 0;
  return len;
}

std::int32_t decode_utf8_sequence(std::string_view s, std::size_t& pos) {
  const std::size_t len = utf8_sequence_length(s, pos);
  if (len == 0) {
    ++pos;
    return -1;
  }
  const auto lead = static_cast<unsigned char>(s[pos]);
  std::uint32_t cp = len == 1 ? lead : lead & (0xFFu >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3Fu);
  pos += len;
  return static_cast<std::int32_t>(cp);
}

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes) {
  for (std::size_t i = skip_ascii(bytes, 0); i < bytes.size(); i = skip_ascii(bytes, i)) {
    const std::size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

std::size_t count_code_points(std::string_view bytes) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t ascii_end = skip_ascii(bytes, i);
    count += ascii_end - i;
    i = ascii_end;
    if (i == bytes.size()) break;
    const std::size_t len = utf8_sequence_length(bytes, i);
    i += len == 0 ? 1 : len;
    ++count;
  }
  return count;
}

}  // namespace lint
