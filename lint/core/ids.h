/// Norwegian organisation numbers: the mod-11 check digit with weights 3 2 7 6 5 4 3 2.
#pragma once

#include <optional>
#include <string_view>

namespace lint {

/// True when `text` is exactly nine ASCII digits.
bool is_nine_digits(std::string_view text);
/// The check digit the first eight digits call for, or nothing when no digit fits (remainder 1).
std::optional<int> orgnr_check_digit(std::string_view first_eight);
/// Nine digits with a correct check digit.
bool valid_orgnr(std::string_view text);

}  // namespace lint
