// Unicode hygiene checks: user-perceived length, NFC, and invisible, format and control characters.
#include "lint/text/unicode_checks.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <climits>
#include <cstdio>

#include "lint/text/unicode_util.h"

namespace lint::text {
namespace {

const icu::Normalizer2* nfc_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) ? nfc : nullptr;
}

bool segment_is_nfc(const icu::Normalizer2& nfc, std::string_view segment) {
  UErrorCode status = U_ZERO_ERROR;
  const bool ok = nfc.isNormalizedUTF8(icu::StringPiece(segment.data(), static_cast<int32_t>(segment.size())), status);
  return U_FAILURE(status) || ok;
}

// Finds the first segment (from one NFC boundary to the next) that is not normalised.
bool find_bad_segment(const icu::Normalizer2& nfc, std::string_view s, Span& bad) {
  std::size_t seg_begin = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t at = pos;
    const std::int32_t cp = decode_utf8(s, pos);
    const bool boundary = cp < 0 || nfc.hasBoundaryBefore(cp);
    if (boundary && at > seg_begin) {
      if (!segment_is_nfc(nfc, s.substr(seg_begin, at - seg_begin))) {
        bad = {seg_begin, at};
        return true;
      }
      seg_begin = at;
    }
    if (cp < 0) seg_begin = pos;  // ill-formed bytes belong to no segment
  }
  if (seg_begin < s.size() && !segment_is_nfc(nfc, s.substr(seg_begin))) {
    bad = {seg_begin, s.size()};
    return true;
  }
  return false;
}

bool is_invisible(std::int32_t cp) {
  if ((cp >= 0x20 && cp < 0x7F) || cp == '\t' || cp == '\n' || cp == '\r') return false;  // printable ASCII: most of a text
  switch (u_charType(cp)) {
    case U_FORMAT_CHAR:
    case U_CONTROL_CHAR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return true;
    default:
      break;
  }
  return u_hasBinaryProperty(cp, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) &&
         !u_hasBinaryProperty(cp, UCHAR_VARIATION_SELECTOR);
}

std::string icu_name(char32_t cp, UCharNameChoice choice) {
  char buf[128];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = u_charName(static_cast<UChar32>(cp), choice, buf, sizeof buf, &status);
  if (U_FAILURE(status) || n <= 0) return {};
  return std::string(buf, static_cast<std::size_t>(n));
}

}  // namespace

std::size_t grapheme_count(std::string_view utf8) { return detail::grapheme_clusters(utf8); }

bool is_nfc(std::string_view utf8, Span* first_bad) {
  const icu::Normalizer2* nfc = nfc_instance();
  if (nfc == nullptr || utf8.empty() || utf8.size() > INT32_MAX) return true;
  UErrorCode status = U_ZERO_ERROR;
  const bool whole = nfc->isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status);
  if (U_SUCCESS(status) && whole) return true;
  Span bad;  // not normalised, or ill-formed: locate the first bad well-formed segment
  if (!find_bad_segment(*nfc, utf8, bad)) return true;
  if (first_bad != nullptr) *first_bad = bad;
  return false;
}

std::string unicode_name(char32_t cp) {
  if (const char* control = detail::control_name(cp)) return control;
  std::string name = icu_name(cp, U_UNICODE_CHAR_NAME);
  if (name.empty()) name = icu_name(cp, U_CHAR_NAME_ALIAS);
  if (name.empty()) name = icu_name(cp, U_EXTENDED_CHAR_NAME);
  return name;
}

std::string code_point_notation(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

std::vector<CharFinding> find_invisible(std::string_view utf8) {
  std::vector<CharFinding> found;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const std::size_t at = pos;
    const std::int32_t cp = decode_utf8(utf8, pos);
    if (cp < 0 || !is_invisible(cp)) continue;
    const auto c = static_cast<char32_t>(cp);
    found.push_back({Span{at, pos}, c, unicode_name(c), code_point_notation(c)});
  }
  return found;
}

}  // namespace lint::text
