// Internal helpers over ICU: word folding and ICU break iterators on UTF-8 text.
#include "lint/text/unicode_util.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <climits>
#include <memory>

namespace lint::text::detail {
namespace {

struct UTextCloser {
  void operator()(UText* ut) const { utext_close(ut); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

UTextPtr open_utf8(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  static const char empty[] = "";
  const char* data = s.empty() ? empty : s.data();
  UText* ut = utext_openUTF8(nullptr, data, static_cast<int64_t>(s.size()), &status);
  if (U_FAILURE(status)) return UTextPtr{};
  return UTextPtr{ut};
}

// One prototype per thread and kind; clones are cheap, creation is not.
std::unique_ptr<icu::BreakIterator> make_breaker(bool words) {
  thread_local std::unique_ptr<icu::BreakIterator> word_proto, char_proto;
  auto& proto = words ? word_proto : char_proto;
  if (!proto) {
    UErrorCode status = U_ZERO_ERROR;
    auto* made = words ? icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status)
                       : icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status);
    if (U_FAILURE(status)) {
      delete made;
      return nullptr;
    }
    proto.reset(made);
  }
  return std::unique_ptr<icu::BreakIterator>(proto->clone());
}

// Both iterators address bytes of a UTF-8 UText; inputs beyond INT32_MAX are not segmented.
bool attach(icu::BreakIterator& bi, UText* ut) {
  UErrorCode status = U_ZERO_ERROR;
  bi.setText(ut, status);
  return U_SUCCESS(status);
}

// Folds a word of ASCII and Latin-1 letters without ICU: below U+0300 every code point is already in
// NFC, and root-locale lower case maps A-Z and U+00C0-U+00DE (but U+00D7) 0x20 higher. False, with
// `out` unspecified, when the word holds anything else.
bool fold_latin1(std::string_view utf8, std::string& out) {
  out.assign(utf8);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto b = static_cast<unsigned char>(out[i]);
    if (b >= 'A' && b <= 'Z') {
      out[i] = static_cast<char>(b + 0x20);
    } else if (b == 0xC3 && i + 1 < out.size()) {  // U+00C0-U+00FF: C3 80-BF
      const auto next = static_cast<unsigned char>(out[++i]);
      if (next < 0x80 || next > 0xBF) return false;
      if (next <= 0x9E && next != 0x97) out[i] = static_cast<char>(next + 0x20);
    } else if (b >= 0x80) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string fold_word(std::string_view utf8) {
  std::string folded;
  if (fold_latin1(utf8, folded)) return folded;
  if (utf8.size() > INT32_MAX) return std::string(utf8);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  u.toLower(icu::Locale::getRoot());
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalised = nfc->normalize(u, status);
    if (U_SUCCESS(status)) u = normalised;
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::size_t letter_count(std::string_view utf8) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const std::int32_t cp = decode_utf8(utf8, pos);
    if (cp < 0x80) {  // ASCII: the letters are A-Z and a-z, as u_isalpha says
      n += (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
      continue;
    }
    if (u_isalpha(cp)) ++n;
  }
  return n;
}

std::vector<Token> word_tokens(std::string_view utf8) {
  std::vector<Token> tokens;
  if (utf8.empty() || utf8.size() > INT32_MAX) return tokens;
  UTextPtr ut = open_utf8(utf8);
  auto bi = make_breaker(true);
  if (!ut || !bi || !attach(*bi, ut.get())) return tokens;
  std::int32_t start = bi->first();
  for (std::int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
    const std::int32_t status = bi->getRuleStatus();
    if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) continue;
    const bool numeric = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT;
    tokens.push_back({Span{static_cast<std::size_t>(start), static_cast<std::size_t>(end)}, numeric});
  }
  return tokens;
}

namespace {

// Counts clusters without a break iterator when no rule of UAX #29 but "CR × LF" can join two code
// points: every one is of the Grapheme_Cluster_Break classes Other, Control, CR or LF (no Extend,
// ZWJ, SpacingMark, Prepend, Hangul jamo or regional indicator). False for other text.
bool count_simple_clusters(std::string_view utf8, std::size_t& n) {
  n = 0;
  bool after_cr = false;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const std::int32_t cp = decode_utf8(utf8, pos);
    if (cp < 0) return false;
    if (cp >= 0x300) {
      const auto gcb = u_getIntPropertyValue(cp, UCHAR_GRAPHEME_CLUSTER_BREAK);
      if (gcb != U_GCB_OTHER && gcb != U_GCB_CONTROL) return false;
    }
    if (!(after_cr && cp == '\n')) ++n;
    after_cr = cp == '\r';
  }
  return true;
}

}  // namespace

std::size_t grapheme_clusters(std::string_view utf8) {
  if (utf8.empty()) return 0;
  if (std::size_t n = 0; count_simple_clusters(utf8, n)) return n;
  if (utf8.size() > INT32_MAX) return count_code_points(utf8);
  UTextPtr ut = open_utf8(utf8);
  auto bi = make_breaker(false);
  if (!ut || !bi || !attach(*bi, ut.get())) return count_code_points(utf8);
  std::size_t n = 0;
  bi->first();
  while (bi->next() != icu::BreakIterator::DONE) ++n;
  return n;
}


}  // namespace lint::text::detail
