// Parity items: the numbers, URLs and e-mail addresses of a text, normalised so language versions can be
// compared.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/text/types.h"

namespace lint::text {

enum class ParityKind { number, url, email };

struct ParityItem {
  Span span;
  ParityKind kind = ParityKind::number;
  std::string value;  ///< normalised: see normalise_number, normalise_url; e-mail lower-cased
};

/// The numbers written as digits in the prose of `model` (built from `utf8`), and its URLs and
/// e-mail addresses, in text order. List numbering ("1." at a line start) is markup, not a number.
/// Digit groups separated by one space, NO-BREAK SPACE or NARROW NO-BREAK SPACE («10 000») form one
/// number. Numbers written as words («nitti») are not items.
std::vector<ParityItem> extract_parity_items(std::string_view utf8, const TextModel& model);

/// "10 000", "10,000", "10.000" → "10000"; "1,5" and "1.5" → "1.5"; "1.234,56" → "1234.56".
/// A single separator followed by exactly three digits is read as a thousands separator. Strings
/// with several separators that are not all thousands groups (dates «01.02.2025», account numbers)
/// are kept as written. Spaces are removed.
std::string normalise_number(std::string_view number);

/// Scheme and host lower-cased, a trailing '/' and a "mailto:" prefix removed.
std::string normalise_url(std::string_view url);

}  // namespace lint::text
