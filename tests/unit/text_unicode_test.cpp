// Unit tests for lint::text grapheme_count, is_nfc, find_invisible and fold_word.
#include <catch2/catch.hpp>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <vector>

#include "lint/text/unicode_checks.h"
#include "lint/text/unicode_util.h"

using namespace lint::text;

TEST_CASE("text/unicode: grapheme_count counts user-perceived characters", "[text][unicode]") {
  struct Case {
    std::string input;
    std::size_t count;
  };
  const Case cases[] = {
      {"", 0},
      {"abc", 3},
      {"æøå", 3},
      {"ÆØÅ", 3},
      {"a\xCC\x8A", 1},                                     // a + COMBINING RING ABOVE
      {"\xF0\x9F\x87\xB3\xF0\x9F\x87\xB4", 1},              // flag NO: two regional indicators
      {"\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9", 1},  // man ZWJ woman
      {"\r\n", 1},
      {"10\u00A0000", 6},  // no-break space is one character
      {std::string(1500, 'x'), 1500},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    CHECK(grapheme_count(c.input) == c.count);
  }
}

TEST_CASE("text/unicode: is_nfc finds the first non-normalised segment", "[text][unicode]") {
  struct Case {
    std::string input;
    bool nfc;
    Span bad;
  };
  const Case cases[] = {
      {"", true, {}},
      {"Samtykke for blåbær", true, {}},
      {"bla\u030Abær", false, {2, 5}},  // "a" + U+030A: NFC is "å"
      {"A\xCC\x8A", false, {0, 3}},
      {"\xE2\x84\xAB", false, {0, 3}},            // U+212B ANGSTROM SIGN becomes U+00C5
      {"o\xCC\x88 og u\xCC\x88", false, {0, 3}},  // the first of two
      {"m\xCC\x8A", true, {}},                    // no precomposed m-ring: already NFC
      {"\xC3\xA5\xCC\x81", false, {0, 4}},        // å + acute composes to U+01FB
      {"q\xCC\x87", true, {}},                    // no precomposed q with dot above
  };
  for (const Case& c : cases) {
    INFO(c.input);
    Span bad{99, 99};
    CHECK(is_nfc(c.input, &bad) == c.nfc);
    if (!c.nfc) CHECK(bad == c.bad);
    CHECK(is_nfc(c.input) == c.nfc);
  }
}

TEST_CASE("text/unicode: find_invisible reports format and control characters with names", "[text][unicode]") {
  struct Case {
    std::string input;
    std::vector<std::string> names;
    std::vector<std::string> codes;
  };
  const Case cases[] = {
      {"Helt vanlig tekst.\n\tInnrykk\r\n", {}, {}},
      {"10\u00A0000 kr", {}, {}},            // NO-BREAK SPACE is visible
      {"\xE2\x9D\xA4\xEF\xB8\x8F", {}, {}},  // heart + VARIATION SELECTOR-16
      {"sam\xE2\x80\x8Btykke", {"ZERO WIDTH SPACE"}, {"U+200B"}},
      {"\xEF\xBB\xBFSamtykke", {"ZERO WIDTH NO-BREAK SPACE"}, {"U+FEFF"}},  // BOM at start
      {"a\uFEFFb", {"ZERO WIDTH NO-BREAK SPACE"}, {"U+FEFF"}},
      {"x\xE2\x80\xAEtxt.exe", {"RIGHT-TO-LEFT OVERRIDE"}, {"U+202E"}},
      {"\xE2\x80\xAA\xE2\x80\xAB\xE2\x80\xAC\xE2\x80\xAD",
       {"LEFT-TO-RIGHT EMBEDDING", "RIGHT-TO-LEFT EMBEDDING", "POP DIRECTIONAL FORMATTING", "LEFT-TO-RIGHT OVERRIDE"},
       {"U+202A", "U+202B", "U+202C", "U+202D"}},
      {"\xE2\x81\xA6\xE2\x81\xA7\xE2\x81\xA8\xE2\x81\xA9",
       {"LEFT-TO-RIGHT ISOLATE", "RIGHT-TO-LEFT ISOLATE", "FIRST STRONG ISOLATE", "POP DIRECTIONAL ISOLATE"},
       {"U+2066", "U+2067", "U+2068", "U+2069"}},
      {"\xE2\x80\x8C\xE2\x80\x8D\xE2\x80\x8E\xE2\x80\x8F",
       {"ZERO WIDTH NON-JOINER", "ZERO WIDTH JOINER", "LEFT-TO-RIGHT MARK", "RIGHT-TO-LEFT MARK"},
       {"U+200C", "U+200D", "U+200E", "U+200F"}},
      {"samtyk\u00ADke", {"SOFT HYPHEN"}, {"U+00AD"}},
      {"ord\xE2\x81\xA0ord", {"WORD JOINER"}, {"U+2060"}},
      {std::string("nul\0byte", 8), {"NULL"}, {"U+0000"}},
      {"bell\x07", {"ALERT"}, {"U+0007"}},
      {"\x1B[0m", {"ESCAPE"}, {"U+001B"}},
      {"c1\xC2\x85", {"NEXT LINE"}, {"U+0085"}},
      {"linje\xE2\x80\xA8skift", {"LINE SEPARATOR"}, {"U+2028"}},
      {"\xE3\x85\xA4", {"HANGUL FILLER"}, {"U+3164"}},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    const std::vector<CharFinding> found = find_invisible(c.input);
    std::vector<std::string> names, codes;
    for (const CharFinding& f : found) {
      names.push_back(f.name);
      codes.push_back(f.code);
    }
    CHECK(names == c.names);
    CHECK(codes == c.codes);
  }
}

TEST_CASE("text/unicode: find_invisible spans and code points", "[text][unicode]") {
  const std::string text = "\xEF\xBB\xBFÆ\xE2\x80\x8B";
  const std::vector<CharFinding> found = find_invisible(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].span == Span{0, 3});
  CHECK(found[0].code_point == U'\uFEFF');
  CHECK(found[1].span == Span{5, 8});
  CHECK(found[1].code_point == U'\u200B');
}

TEST_CASE("text/unicode: names and notation", "[text][unicode]") {
  CHECK(unicode_name(U'\u200B') == "ZERO WIDTH SPACE");
  CHECK(unicode_name(U'\u00E5') == "LATIN SMALL LETTER A WITH RING ABOVE");
  CHECK(unicode_name(0x0A) == "LINE FEED");
  CHECK(unicode_name(0x7F) == "DELETE");
  CHECK(unicode_name(0x9F) == "APPLICATION PROGRAM COMMAND");
  CHECK(unicode_name(0x378) == "<unassigned-0378>");
  CHECK(code_point_notation(0xAD) == "U+00AD");
  CHECK(code_point_notation(0x1F600) == "U+1F600");
}

namespace {

// What fold_word promises, computed with ICU alone: root-locale lower case, then NFC.
std::string icu_fold(const std::string& utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  u.toLower(icu::Locale::getRoot());
  UErrorCode status = U_ZERO_ERROR;
  u = icu::Normalizer2::getNFCInstance(status)->normalize(u, status);
  std::string out;
  return u.toUTF8String(out);
}

// The number of extended grapheme clusters, from ICU's character break iterator alone.
std::size_t icu_clusters(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  bi->setText(icu::UnicodeString::fromUTF8(utf8));
  std::size_t n = 0;
  bi->first();
  while (bi->next() != icu::BreakIterator::DONE) ++n;
  return n;
}

}  // namespace

TEST_CASE("text/unicode: grapheme_count equals ICU's break iterator around every code point of the BMP",
          "[text][unicode]") {
  for (UChar32 cp = 1; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp < 0xE000) continue;  // surrogates are not characters
    std::string text = "a\r\n";
    icu::UnicodeString(cp).toUTF8String(text);
    text += "b\r";
    icu::UnicodeString(cp).toUTF8String(text);
    INFO("U+" << std::hex << cp);
    REQUIRE(grapheme_count(text) == icu_clusters(text));
  }
  for (const std::string text : {"\xF0\x9F\x87\xB3\xF0\x9F\x87\xB4x", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9",
                                 "\xED\x95\x9C\xEA\xB8\x80", "\xE1\x84\x80\xE1\x85\xA1", "\xC3(\xFF"})
    CHECK(grapheme_count(text) == icu_clusters(text));
}

TEST_CASE("text/unicode: fold_word equals ICU's lower case and NFC for every code point below U+0300",
          "[text][unicode]") {
  for (UChar32 cp = 0x20; cp < 0x300; ++cp) {
    std::string word = "Xy";
    icu::UnicodeString(cp).toUTF8String(word);
    word += "\xC3\x85" "b";  // Å
    INFO("U+" << std::hex << cp);
    CHECK(lint::text::detail::fold_word(word) == icu_fold(word));
  }
  CHECK(lint::text::detail::fold_word("\xC3\x98KONOMI") == "\xC3\xB8konomi");    // ØKONOMI
  CHECK(lint::text::detail::fold_word("A\xCC\x8A") == "\xC3\xA5");               // A + ring above: NFC å
  CHECK(lint::text::detail::fold_word("\xC3") == icu_fold("\xC3"));              // a lead byte alone
  CHECK(lint::text::detail::fold_word("\xCE\xA3\xCE\x91") == "\xCF\x83\xCE\xB1");  // ΣΑ: Greek, through ICU
}
