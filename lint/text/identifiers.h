// Norwegian person identifiers (fødselsnummer, D-nummer, synthetic Tenor numbers) found in text; the checks
// themselves are lint/core/person_id.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/text/types.h"

namespace lint::text {

/// A fødselsnummer or D-nummer found in a text.
struct PersonId {
  Span span;           ///< as written, including a space in "DDMMYY NNNNN"
  std::string digits;  ///< the 11 digits
  bool d_number = false;
  bool synthetic = false;  ///< ID003 reports a synthetic number as a warning
};

/// Valid person identifiers (lint::check_person_id) written as 11 digits or as 6 + 5 digits with
/// one space or NO-BREAK SPACE between. Not reported: numbers that fail the checks (most bank
/// account numbers), digit runs that are part of a longer number (adjacent digits, or a '.', ',',
/// '-' or '/' followed by a digit, as in «1234.56.78903»), and runs glued to ASCII letters or '_'
/// (identifiers, hashes).
std::vector<PersonId> find_person_ids(std::string_view utf8);

}  // namespace lint::text
