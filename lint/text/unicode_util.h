// Internal helpers over ICU: word folding and ICU break iterators on UTF-8 text (decoding: lint/core/utf8.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lint/core/utf8.h"
#include "lint/text/types.h"

namespace lint::text::detail {

/// Lower-cases (root locale) and NFC-normalises a word; ill-formed bytes become U+FFFD.
std::string fold_word(std::string_view utf8);

/// Number of alphabetic code points in `utf8`.
std::size_t letter_count(std::string_view utf8);

/// A word-like token found by ICU's word BreakIterator.
struct Token {
  Span span;
  bool numeric = false;
};

/// ICU word segmentation of `utf8`: the tokens whose rule status is not "none"
/// (letters, numbers, ideographs), with byte offsets into `utf8`.
std::vector<Token> word_tokens(std::string_view utf8);

/// ICU extended-grapheme-cluster boundaries count of `utf8`.
std::size_t grapheme_clusters(std::string_view utf8);

inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_alnum(char c) { return is_ascii_digit(c) || is_ascii_alpha(c); }

/// The name alias of a C0 or C1 control character or DELETE ("NULL", "ALERT", "NEXT LINE"), else nullptr.
const char* control_name(char32_t cp);

}  // namespace lint::text::detail
