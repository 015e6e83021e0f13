// Mojibake detection: UTF-8 text that was decoded as Latin-1 or Windows-1252 and re-encoded ("Ã¸" for "ø").
#include "lint/text/mojibake.h"

#include <array>
#include <cstdint>

#include "lint/text/unicode_util.h"

namespace lint::text {
namespace {

struct Cp1252Special {
  char32_t cp;
  unsigned char byte;
};

// The characters Windows-1252 puts at 0x80–0x9F (the encoding's definition, not language data).
constexpr std::array<Cp1252Special, 27> cp1252_specials = {{
    {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86}, {0x2021, 0x87},
    {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C}, {0x017D, 0x8E}, {0x2018, 0x91},
    {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98},
    {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F},
}};

// The byte a Windows-1252 (or Latin-1) decoder turned into `cp`, or -1 (ASCII included: never garbled).
int cp1252_byte(std::int32_t cp) {
  if (cp < 0x80) return -1;  // most characters of a text: decided before the table
  if (cp <= 0xFF) return cp;
  if (cp < 0x0152 || cp > 0x2122) return -1;  // outside the table's range
  for (const Cp1252Special& s : cp1252_specials)
    if (static_cast<std::int32_t>(s.cp) == cp) return s.byte;
  return -1;
}

struct CodePoint {
  std::int32_t cp;
  Span span;
};

std::vector<CodePoint> decode_all(std::string_view s) {
  std::vector<CodePoint> out;
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t at = pos;
    const std::int32_t cp = decode_utf8(s, pos);
    out.push_back({cp, Span{at, pos}});
  }
  return out;
}

std::size_t utf8_length_for_lead(int byte) {
  if (byte >= 0xC2 && byte <= 0xDF) return 2;
  if (byte >= 0xE0 && byte <= 0xEF) return 3;
  if (byte >= 0xF0 && byte <= 0xF4) return 4;
  return 0;
}

// If the characters from index k re-encode to one well-formed UTF-8 sequence, returns how many
// characters that took and puts the bytes in `bytes`; otherwise 0.
std::size_t garbled_at(const std::vector<CodePoint>& cps, std::size_t k, std::string& bytes) {
  const std::size_t len = utf8_length_for_lead(cp1252_byte(cps[k].cp));
  if (len == 0 || k + len > cps.size()) return 0;
  bytes.clear();
  for (std::size_t j = 0; j < len; ++j) {
    const int b = cp1252_byte(cps[k + j].cp);
    if (b < 0 || (j > 0 && (b & 0xC0) != 0x80)) return 0;
    bytes += static_cast<char>(b);
  }
  std::size_t pos = 0;
  return decode_utf8(bytes, pos) >= 0 && pos == bytes.size() ? len : 0;
}

// Decodes a whole string once; returns false when some part of it is not mojibake.
bool decode_once(std::string_view garbled, std::string& out) {
  const std::vector<CodePoint> cps = decode_all(garbled);
  out.clear();
  std::string bytes;
  for (std::size_t k = 0; k < cps.size();) {
    const std::size_t n = garbled_at(cps, k, bytes);
    if (n == 0) return false;
    out += bytes;
    k += n;
  }
  return true;
}

std::string fully_decoded(std::string intended) {
  std::string again;
  for (int round = 0; round < 2 && decode_once(intended, again); ++round) intended = again;
  return intended;
}

// Mojibake starts with a character U+00C2-U+00F4 (a UTF-8 lead byte read as Windows-1252: bytes
// C3 82-C3 B4) followed by one that stands for a continuation byte: U+0080-U+00BF (C2 xx) or a
// character of the table above (C5, C6, CB or E2 first). Text without that pair has none.
bool may_hold_mojibake(std::string_view s) {
  for (std::size_t i = s.find('\xC3'); i != std::string_view::npos && i + 2 < s.size(); i = s.find('\xC3', i + 1)) {
    const auto second = static_cast<unsigned char>(s[i + 1]), next = static_cast<unsigned char>(s[i + 2]);
    if (second >= 0x82 && second <= 0xB4 && (next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2))
      return true;
  }
  return false;
}

}  // namespace

std::vector<MojibakeFinding> find_mojibake(std::string_view utf8) {
  std::vector<MojibakeFinding> found;
  if (!may_hold_mojibake(utf8)) return found;
  const std::vector<CodePoint> cps = decode_all(utf8);
  std::string bytes;
  for (std::size_t k = 0; k < cps.size();) {
    const std::size_t n = garbled_at(cps, k, bytes);
    if (n == 0) {
      ++k;
      continue;
    }
    const Span span{cps[k].span.begin, cps[k + n - 1].span.end};
    if (!found.empty() && found.back().span.end == span.begin) {
      found.back().span.end = span.end;
      found.back().intended += bytes;
    } else {
      found.push_back({span, {}, bytes});
    }
    k += n;
  }
  for (MojibakeFinding& f : found) {
    f.found = std::string(utf8.substr(f.span.begin, f.span.size()));
    f.intended = fully_decoded(std::move(f.intended));
  }
  return found;
}

}  // namespace lint::text
