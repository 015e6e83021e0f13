// Person identifiers: eleven digits and the two mod-11 check digits (DOMAIN §6.2).
#include <catch2/catch.hpp>

#include "lint/core/person_id.h"

using lint::is_eleven_digits;
using lint::valid_person_id_checksum;

TEST_CASE("person id: check digits") {
  auto [number, valid] = GENERATE(table<std::string, bool>({
      {"01015012397", true},   // classic rule: both remainders 0
      {"15076500565", true},
      {"41015012380", true},   // D-nummer (first digit + 4)
      {"01895012382", true},   // Test-Norge (month + 80)
      {"02925796975", true},   // Altinn's TT02 test person
      {"01015012311", true},   // k1 remainder 3: allowed for numbers issued from 2032
      {"01015012345", false},
      {"01015012398", false},  // k2 off by one
      {"01015012387", false},  // k1 off by one (remainder 10)
      {"0101501239", false},   // ten digits
      {"010150123977", false},
      {"0101501239A", false},
      {"", false},
  }));
  INFO(number);
  CHECK(valid_person_id_checksum(number) == valid);
}

TEST_CASE("person id: eleven digits") {
  CHECK(is_eleven_digits("01015012397"));
  CHECK_FALSE(is_eleven_digits("0101501239 "));
  CHECK_FALSE(is_eleven_digits("０1015012397"));  // only ASCII digits
}
