/// Norwegian person identifiers (fødselsnummer, D-nummer): 11 digits with two mod-11 check digits.
#pragma once

#include <string_view>

namespace lint {

/// True when `text` is exactly eleven ASCII digits.
bool is_eleven_digits(std::string_view text);
/// Eleven digits whose check digits hold: (Σ w1·d1..9 + k1) mod 11 ∈ {0,1,2,3} (the rule for numbers
/// issued from 2032 includes the classic rule, remainder 0) with w1 = 3 7 6 1 8 9 4 5 2, and
/// (Σ w2·d1..10 + k2) mod 11 = 0 with w2 = 5 4 3 2 7 6 5 4 3 2 (Skatteetaten's reference validator).
bool valid_person_id_checksum(std::string_view text);

}  // namespace lint
