/// Calendar dates as day numbers, parsed strictly from ISO 8601 `YYYY-MM-DD`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lint {

/// Days since 1970-01-01 (proleptic Gregorian).
using DayNumber = long;

/// Parses `YYYY-MM-DD` (an instant `YYYY-MM-DDTHH:MM:SS…Z` gives its UTC date) or returns nothing.
std::optional<DayNumber> parse_date(std::string_view text);
/// Formats a day number as `YYYY-MM-DD`.
std::string format_date(DayNumber day);
/// Today's date in UTC.
DayNumber today_utc();

}  // namespace lint
