/// Strict UTF-8 (RFC 3629): sequence lengths, decoding, validation and code-point counts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lint {

/// The length of the valid UTF-8 sequence at `i` (i < bytes.size()), or 0 when the bytes there are
/// not valid UTF-8: a stray continuation byte, a truncated sequence, an overlong form, a surrogate
/// or a value above U+10FFFF.
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t i);

/// decode_utf8 for a byte of 0x80 or above: a multi-byte sequence or an invalid byte.
std::int32_t decode_utf8_sequence(std::string_view bytes, std::size_t& pos);

/// Decodes the code point at `pos` (pos < bytes.size()) and advances `pos` past it. Bytes that are
/// not valid UTF-8 give -1 and advance `pos` by one byte. ASCII, most of every text, is decoded
/// inline.
inline std::int32_t decode_utf8(std::string_view bytes, std::size_t& pos) {
  if (const auto b = static_cast<unsigned char>(bytes[pos]); b < 0x80) {
    ++pos;
    return b;
  }
  return decode_utf8_sequence(bytes, pos);
}

/// The byte offset of the first byte that is not valid UTF-8, or nothing.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

/// How many code points the valid UTF-8 in `bytes` has (invalid bytes count as one each).
std::size_t count_code_points(std::string_view bytes);

}  // namespace lint
