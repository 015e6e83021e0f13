// lint/core/strings.h: trim, ascii_lower and the stable hash.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>

#include "lint/core/strings.h"

TEST_CASE("strings: ascii_lower lowers A to Z and leaves every other byte, as std::tolower in the C locale") {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    CAPTURE(b);
    CHECK(lint::ascii_lower(c) == static_cast<char>(std::tolower(b)));
  }
  CHECK(lint::ascii_lower("HTTPS://Bank.NO/Ærlig") == "https://bank.no/Ærlig");  // UTF-8 bytes stay
  CHECK(lint::ascii_lower("").empty());
}

TEST_CASE("strings: trim drops ASCII white space at both ends only") {
  CHECK(lint::trim("  a b \t\r\n") == "a b");
  CHECK(lint::trim("\t").empty());
  CHECK(lint::trim("x") == "x");
}

TEST_CASE("strings: a hash given in parts is the hash of the whole") {
  CHECK(lint::StableHash().add("dsop").add(".yaml").hex() == lint::stable_hash("dsop.yaml"));
  CHECK(lint::stable_hash("a") != lint::stable_hash("b"));
  CHECK(lint::stable_hash("").size() == 16);
}
