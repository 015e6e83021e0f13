// Mojibake detection: UTF-8 text that was decoded as Latin-1 or Windows-1252 and re-encoded ("Ã¸" for "ø").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/text/types.h"

namespace lint::text {

/// A stretch of mojibake and the text it most likely was.
struct MojibakeFinding {
  Span span;             ///< bytes of the garbled text, e.g. "Ã¸"
  std::string found;     ///< the garbled text as it is
  std::string intended;  ///< the likely intended text, e.g. "ø"
};

/// Finds sequences of characters that, mapped back to bytes through Windows-1252 (and Latin-1 for
/// the C1 range), form a well-formed multi-byte UTF-8 sequence: "Ã¸" → "ø", "Ã¥" → "å", "Ã¦" → "æ",
/// "Ã˜" → "Ø", "Ã©" → "é", "â€™" → "’", "â€œ" → "“". Adjacent garbled characters are reported as one
/// finding; text garbled twice ("ÃƒÂ¸") is decoded repeatedly (up to three times). Plain ASCII is
/// never part of a finding. Ill-formed input bytes are skipped.
std::vector<MojibakeFinding> find_mojibake(std::string_view utf8);

}  // namespace lint::text
