/// Norwegian person identifiers (fødselsnummer, D-nummer, synthetic Test-Norge numbers): the checks of DOMAIN §6.2.
#pragma once

#include <string_view>

namespace lint {

/// True when `text` is exactly eleven ASCII digits.
bool is_eleven_digits(std::string_view text);

/// What the checks of DOMAIN §6.2 (Skatteetaten's foedselsEllerDNummerValidator) say about a string.
struct PersonIdCheck {
  bool eleven_digits = false;  ///< exactly eleven ASCII digits; the other checks need it
  bool check_digits = false;   ///< k1 and k2 hold
  bool date = false;           ///< the first six digits are a real birth date
  bool d_number = false;       ///< first digit 4–7 (day + 40)
  bool synthetic = false;      ///< month + 80 (Tenor / Test-Norge): third digit 8 or 9

  bool valid() const { return eleven_digits && check_digits && date; }
};

/// Checks `text`:
/// - k1: (3,7,6,1,8,9,4,5,2 · d1..d9 + d10) mod 11 ∈ {0,1,2,3} (the rule for numbers issued from
///   2032 includes the classic rule, remainder 0);
/// - k2: (5,4,3,2,7,6,5,4,3,2 · d1..d10 + d11) mod 11 = 0;
/// - date: day 1–31 (41–71 for a D-nummer), month 1–12 (81–92 synthetic), and a real calendar date.
///   The century comes from the individual number (000–499: 1900s; 500–749 with year ≥ 54: 1800s;
///   500–999 with year < 40: 2000s; 900–999 with year ≥ 40: 1900s); where those rules give no
///   century, 29 February is accepted. Old H-numbers (month + 40) are not accepted.
PersonIdCheck check_person_id(std::string_view text);

/// check_person_id(text).valid().
bool valid_person_id(std::string_view text);

}  // namespace lint
