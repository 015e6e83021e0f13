// Norwegian person identifiers (fødselsnummer, D-nummer, synthetic Tenor numbers): validation and search in
// text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/text/types.h"

namespace lint::text {

/// What the checks of DOMAIN §6.2 say about an 11-digit string.
struct FnrCheck {
  bool valid = false;      ///< passes k1, k2 and the date check
  bool d_number = false;   ///< first digit 4–7 (day + 40)
  bool synthetic = false;  ///< month + 80 (Tenor / Test-Norge): third digit 8 or 9
};

/// Checks `digits` (exactly 11 ASCII digits, else invalid):
/// - k1: (3,7,6,1,8,9,4,5,2 · d1..d9 + d10) mod 11 ∈ {0,1,2,3} (Skatteetaten's validator, rule of 2032);
/// - k2: (5,4,3,2,7,6,5,4,3,2 · d1..d10 + d11) mod 11 = 0;
/// - date: day 1–31 (41–71 for a D-nummer), month 1–12 (81–92 synthetic), and a real calendar date.
///   The century comes from the individual number (000–499: 1900s; 500–749 with year ≥ 54: 1800s;
///   500–999 with year < 40: 2000s; 900–999 with year ≥ 40: 1900s); where those rules give no
///   century, 29 February is accepted. Old H-numbers (month + 40) are not accepted.
FnrCheck check_fnr(std::string_view digits);

/// check_fnr(digits).valid.
bool valid_fnr(std::string_view digits);

/// A fødselsnummer or D-nummer found in a text.
struct PersonId {
  Span span;           ///< as written, including a space in "DDMMYY NNNNN"
  std::string digits;  ///< the 11 digits
  bool d_number = false;
  bool synthetic = false;  ///< ID003 reports a synthetic number as a warning
};

/// Valid person identifiers written as 11 digits or as 6 + 5 digits with one space or NO-BREAK
/// SPACE between. Not reported: numbers that fail the checks (most bank account numbers), digit
/// runs that are part of a longer number (adjacent digits, or a '.', ',', '-' or '/' followed by a
/// digit, as in «1234.56.78903»), and runs glued to ASCII letters or '_' (identifiers, hashes).
std::vector<PersonId> find_person_ids(std::string_view utf8);

}  // namespace lint::text
