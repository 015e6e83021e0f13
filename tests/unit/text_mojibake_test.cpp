// Unit tests for lint::text::find_mojibake: UTF-8 read as Latin-1 / Windows-1252.
#include <catch2/catch.hpp>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "lint/text/mojibake.h"

using namespace lint::text;

TEST_CASE("text/mojibake: garbled sequences and their intended text", "[text][mojibake]") {
  struct Case {
    std::string input;
    std::vector<std::string> found;
    std::vector<std::string> intended;
  };
  const Case cases[] = {
      {"Samtykke til innhenting av krav og betalinger.", {}, {}},
      {"Blåbær, ærlig, øye, ÆØÅ, é, «sitat», “quote” – ’", {}, {}},
      {"SÃ¸knad", {"Ã¸"}, {"ø"}},
      {"pÃ¥ nett", {"Ã¥"}, {"å"}},
      {"Ã¦rlig", {"Ã¦"}, {"æ"}},
      {"Ã˜ST", {"Ã˜"}, {"Ø"}},
      {"Ã…PEN", {"Ã…"}, {"Å"}},
      {"Ã†", {"Ã†"}, {"Æ"}},
      {"cafÃ©", {"Ã©"}, {"é"}},
      {"bankâ€™s", {"â€™"}, {"\xE2\x80\x99"}},
      {"â€œsitatâ€\xC2\x9D", {"â€œ", "â€\xC2\x9D"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}},  // 0x9D read as Latin-1
      {"10 â€“ 20", {"â€“"}, {"\xE2\x80\x93"}},
      {"Ã¸Ã¥", {"Ã¸Ã¥"}, {"øå"}},  // adjacent: one finding
      {"ÃƒÂ¸", {"ÃƒÂ¸"}, {"ø"}},   // garbled twice
      {"Â«sitatÂ»", {"Â«", "Â»"}, {"«", "»"}},
      {"Ã", {}, {}},  // a lone lead is not enough
      {"Ã x", {}, {}},
      {"Ã€", {"Ã€"}, {"À"}},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    std::vector<std::string> found, intended;
    for (const MojibakeFinding& f : find_mojibake(c.input)) {
      found.push_back(f.found);
      intended.push_back(f.intended);
    }
    CHECK(found == c.found);
    CHECK(intended == c.intended);
  }
}

TEST_CASE("text/mojibake: spans are byte offsets", "[text][mojibake]") {
  const std::string text = "Søk: SÃ¸knad";
  const std::vector<MojibakeFinding> found = find_mojibake(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].span == Span{7, 11});
  CHECK(text.substr(found[0].span.begin, found[0].span.size()) == "Ã¸");
}

namespace {

// The UTF-8 encoding of one code point (ICU's, not ours).
std::string utf8_of(UChar32 cp) {
  std::string out;
  return icu::UnicodeString(cp).toUTF8String(out);
}

// `bytes` read as Latin-1, written as UTF-8: every byte becomes U+0000-U+00FF.
std::string read_as_latin1(const std::string& bytes) {
  std::string out;
  for (const char ch : bytes) out += utf8_of(static_cast<unsigned char>(ch));
  return out;
}

}  // namespace

TEST_CASE("text/mojibake: every garbled character of two and three bytes is found", "[text][mojibake]") {
  for (UChar32 cp = 0x80; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp < 0xE000) continue;
    const std::string intended = utf8_of(cp);
    const std::string text = "Pris: " + read_as_latin1(intended) + " kr";
    const auto found = find_mojibake(text);
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    REQUIRE(found.size() == 1);
    CHECK(found.front().intended == intended);
  }
}
