// Person identifiers: eleven digits, the two mod-11 check digits and the birth date (DOMAIN §6.2), and
// ID003 and ID004 agreeing on them.
#include <catch2/catch.hpp>

#include "../support/kind_harness.h"
#include "lint/core/person_id.h"
#include "lint/kinds/registry.h"
#include "lint/ruleset/embedded_rules.h"

using lint::check_person_id;
using lint::is_eleven_digits;
using lint::PersonIdCheck;
using lint::valid_person_id;

TEST_CASE("person id: check digits") {
  auto [number, valid] = GENERATE(table<std::string, bool>({
      {"01015012397", true},  // classic rule: both remainders 0
      {"15076500565", true},
      {"41015012380", true},  // D-nummer (first digit + 4)
      {"01895012382", true},  // Test-Norge (month + 80)
      {"02925796975", true},  // Altinn's TT02 test person
      {"01015012311", true},  // k1 remainder 3: allowed for numbers issued from 2032
      {"01015012345", false},
      {"01015012398", false},  // k2 off by one
      {"01015012387", false},  // k1 off by one (remainder 10)
      {"0101501239", false},   // ten digits
      {"010150123977", false},
      {"0101501239A", false},
      {"", false},
  }));
  INFO(number);
  CHECK(check_person_id(number).check_digits == valid);
  CHECK(valid_person_id(number) == valid);  // these dates are all real
}

TEST_CASE("person id: eleven digits") {
  CHECK(is_eleven_digits("01015012397"));
  CHECK_FALSE(is_eleven_digits("0101501239 "));
  CHECK_FALSE(is_eleven_digits("０1015012397"));  // only ASCII digits
  CHECK_FALSE(check_person_id("0101501239").eleven_digits);
}

TEST_CASE("person id: birth date, D-nummer and synthetic numbers") {
  struct Case {
    const char* digits;
    bool check_digits;
    bool date;
    bool d_number;
    bool synthetic;
  };
  const Case cases[] = {
      {"15058545640", true, true, false, false},    // 15.05.1985, classic k1 (remainder 0)
      {"29020050169", true, true, false, false},    // 29.02.2000: a leap day (individual 501 → 2000s)
      {"01019012499", true, true, false, false},    // k1 remainder 1 (rule of 2032)
      {"01019012588", true, true, false, false},    // k1 remainder 2
      {"01019012677", true, true, false, false},    // k1 remainder 3
      {"41019012393", true, true, true, false},     // D-nummer: day 01 + 40
      {"01819012365", true, true, false, true},     // synthetic: month 01 + 80
      {"43829012317", true, true, true, true},      // synthetic D-nummer
      {"15058545641", false, true, false, false},   // k2 wrong
      {"15058545630", false, true, false, false},   // k1 and k2 wrong
      {"29020012380", true, false, false, false},   // 29.02.1900 does not exist
      {"31049012392", true, false, false, false},   // 31 April
      {"32019012351", true, false, false, false},   // day 32
      {"00019012360", true, false, false, false},   // day 0
      {"01139012328", true, false, false, false},   // month 13
      {"01419012382", true, false, false, false},   // month + 40 (an old H-nummer) is not accepted
      {"12345678903", false, false, false, false},  // a valid bank account number: month 34, check digits fail
      {"15028512349", false, true, false, false},   // a bank account number with a plausible date
  };
  for (const Case& c : cases) {
    INFO(c.digits);
    const PersonIdCheck r = check_person_id(c.digits);
    CHECK(r.eleven_digits);
    CHECK(r.check_digits == c.check_digits);
    CHECK(r.date == c.date);
    CHECK(r.valid() == (c.check_digits && c.date));
    if (r.valid()) {
      CHECK(r.d_number == c.d_number);
      CHECK(r.synthetic == c.synthetic);
    }
  }
}

namespace {

// The findings of the built-in rule `id` on an Altinn 3 template whose `from` names `number`.
std::vector<std::string> built_in_rule_on(const std::string& id, const std::string& number) {
  static const auto catalog = lint::load_catalog(lint::embedded_rule_sources());
  lint::Document doc;
  doc.kind = lint::DocKind::Template;
  doc.source = lint::SourceFile("consent.json", "{\"from\": \"urn:altinn:person:identifier-no:" + number + "\"}\n");
  REQUIRE(lint::testing::parse_into(doc));
  return lint::testing::run_on(*catalog->find(id), doc, "2026-11-27");
}

}  // namespace

TEST_CASE("person id: ID003 reports exactly the numbers ID004 accepts") {
  using Findings = std::vector<std::string>;
  auto [number, id003, id004] = GENERATE(table<std::string, Findings, Findings>({
      // valid: personal data for ID003, nothing wrong for ID004
      {"15038543226", {"1:43 default"}, {}},
      {"41019012393", {"1:43 d-number"}, {}},
      {"01899012395", {"1:43 synthetic"}, {}},
      {"29020050169", {"1:43 default"}, {}},  // a leap day
      // wrong check digits
      {"15038543227", {}, {"1:43 default"}},
      {"01015012387", {}, {"1:43 default"}},
      // right check digits, no real birth date
      {"29020012380", {}, {"1:43 date"}},
      {"31049012392", {}, {"1:43 date"}},
      {"01139012328", {}, {"1:43 date"}},
      {"01419012382", {}, {"1:43 date"}},
  }));
  INFO(number);
  CHECK(built_in_rule_on("ID003", number) == id003);
  CHECK(built_in_rule_on("ID004", number) == id004);
}
