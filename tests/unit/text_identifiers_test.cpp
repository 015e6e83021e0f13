// Unit tests for finding fødselsnummer / D-nummer in text (DOMAIN §6.2, rule ID003); the checks: person_id_test.cpp.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/text/identifiers.h"

using namespace lint::text;

TEST_CASE("text/identifiers: find_person_ids in text", "[text][identifiers]") {
  struct Case {
    std::string text;
    std::vector<std::string> found;  // digits, with "*" appended when synthetic
  };
  const Case cases[] = {
      {"Ingen nummer her.", {}},
      {"Kunde 15058545640 har gitt samtykke.", {"15058545640"}},
      {"Kunde 150585 45640 har gitt samtykke.", {"15058545640"}},
      {"Kunde 150585\u00A045640.", {"15058545640"}},
      {"fnr:15058545640, D-nr 41019012393", {"15058545640", "41019012393"}},
      {"Testperson 01819012365 fra Tenor", {"01819012365*"}},
      {"urn:altinn:person:identifier-no:15058545640", {"15058545640"}},
      // near misses
      {"Konto 1234.56.78903 og 12345678903", {}},
      {"Konto 1502.85.12349 og 15028512349", {}},
      {"Lang rekke 150585456401 og 915058545640", {}},
      {"Beløp 1.15058545640 og 15058545640,5 og 15058545640-2", {}},
      {"Hash a15058545640 og 15058545640b og x_15058545640", {}},
      {"Ugyldig 15058545641", {}},
      {"Delt feil 1505 8545640 og 150585  45640", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<std::string> found;
    for (const PersonId& p : find_person_ids(c.text)) found.push_back(p.digits + (p.synthetic ? "*" : ""));
    CHECK(found == c.found);
  }
}

TEST_CASE("text/identifiers: spans cover the number as written", "[text][identifiers]") {
  const std::string text = "Nr. 150585 45640!";
  const auto found = find_person_ids(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].span == Span{4, 16});
  CHECK_FALSE(found[0].d_number);
}
