// Unicode hygiene checks: user-perceived length, NFC, and invisible, format and control characters.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lint/text/types.h"

namespace lint::text {

/// Number of user-perceived characters (ICU extended grapheme clusters) in `utf8`.
/// Ill-formed bytes count as one character each.
std::size_t grapheme_count(std::string_view utf8);

/// True when `utf8` is in Unicode normalisation form C (ICU Normalizer2). When it is not and
/// `first_bad` is given, it receives the first normalisation segment (a starter and its combining
/// marks) that NFC would change. Ill-formed bytes are skipped (DSOP008 owns them).
bool is_nfc(std::string_view utf8, Span* first_bad = nullptr);

/// An invisible or control character found in a text.
struct CharFinding {
  Span span;  ///< bytes of the character
  char32_t code_point = 0;
  std::string name;  ///< Unicode name ("ZERO WIDTH SPACE"); a control's alias ("NULL"), see unicode_name
  std::string code;  ///< "U+200B"
};

/// Characters a reader cannot see, reported wherever they are (a leading BOM included):
/// - every format character (Cf): U+200B–U+200F, bidi controls U+202A–U+202E and U+2066–U+2069,
///   U+2060 WORD JOINER, U+FEFF (BOM / ZWNBSP), U+00AD SOFT HYPHEN (reported: it is invisible and
///   splits words for the content checks), U+200D ZERO WIDTH JOINER (also inside emoji sequences);
/// - control characters (Cc) other than TAB, LF and CR;
/// - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR;
/// - other default-ignorable code points (e.g. U+3164 HANGUL FILLER, U+034F), except variation
///   selectors, which legitimately follow emoji.
/// Not reported: NO-BREAK SPACE and other visible spaces. Ill-formed bytes are skipped.
std::vector<CharFinding> find_invisible(std::string_view utf8);

/// The Unicode name of `cp`; for a control character its name alias ("NULL", "LINE FEED");
/// else ICU's corrected alias or extended name ("<unassigned-0378>").
std::string unicode_name(char32_t cp);

/// "U+00AD" style notation.
std::string code_point_notation(char32_t cp);

}  // namespace lint::text
