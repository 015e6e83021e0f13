// Unit tests for lint::text fødselsnummer / D-nummer validation and search (DOMAIN §6.2, rule ID003).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/text/identifiers.h"

using namespace lint::text;

TEST_CASE("text/identifiers: check_fnr", "[text][identifiers]") {
  struct Case {
    const char* digits;
    bool valid;
    bool d_number;
    bool synthetic;
  };
  const Case cases[] = {
      {"15058545640", true, false, false},    // 15.05.1985, classic k1 (remainder 0)
      {"29020050169", true, false, false},    // 29.02.2000: a leap day (individual 501 → 2000s)
      {"01019012499", true, false, false},    // k1 remainder 1 (rule of 2032)
      {"01019012588", true, false, false},    // k1 remainder 2
      {"01019012677", true, false, false},    // k1 remainder 3
      {"41019012393", true, true, false},     // D-nummer: day 01 + 40
      {"01819012365", true, false, true},     // synthetic: month 01 + 80
      {"43829012317", true, true, true},      // synthetic D-nummer
      {"15058545641", false, false, false},   // k2 wrong
      {"15058545630", false, false, false},   // k1 and k2 wrong
      {"29020012380", false, false, false},   // 29.02.1900 does not exist (checksums fine)
      {"31049012392", false, false, false},   // 31 April (checksums fine)
      {"12345678903", false, false, false},   // a valid bank account number: month 34
      {"15028512349", false, false, false},   // a valid bank account number with a plausible date: k1 fails
      {"01419012345", false, false, false},   // month + 40 (H-nummer) is not accepted
      {"1505854564", false, false, false},    // 10 digits
      {"150585456401", false, false, false},  // 12 digits
      {"1505854564a", false, false, false},  {"", false, false, false},
  };
  for (const Case& c : cases) {
    INFO(c.digits);
    const FnrCheck r = check_fnr(c.digits);
    CHECK(r.valid == c.valid);
    CHECK(valid_fnr(c.digits) == c.valid);
    if (c.valid) {
      CHECK(r.d_number == c.d_number);
      CHECK(r.synthetic == c.synthetic);
    }
  }
}

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
