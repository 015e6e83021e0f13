// Date parsing and formatting with the civil-from-days algorithms.
#include "lint/core/date.h"

#include <cstdio>
#include <ctime>

namespace lint {

namespace {

DayNumber days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

bool is_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(long y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

unsigned to_number(std::string_view s) {
  unsigned n = 0;
  for (char c : s) n = n * 10 + static_cast<unsigned>(c - '0');
  return n;
}

std::optional<DayNumber> parse_calendar_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!digits(y) || !digits(m) || !digits(d)) return std::nullopt;
  const unsigned month = to_number(m), day = to_number(d);
  const long year = to_number(y);
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return days_from_civil(year, month, day);
}

// `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`: the UTC calendar date of the instant (no offset means UTC).
std::optional<DayNumber> parse_instant(std::string_view text) {
  const auto day = parse_calendar_date(text.substr(0, 10));
  if (!day || text.size() < 16 || text[13] != ':' || !digits(text.substr(11, 2)) || !digits(text.substr(14, 2)))
    return std::nullopt;
  long minutes = static_cast<long>(to_number(text.substr(11, 2)) * 60 + to_number(text.substr(14, 2)));
  const std::size_t zone = text.find_first_of("Zz+-", 16);
  if (zone != std::string_view::npos && text[zone] != 'Z' && text[zone] != 'z') {
    const auto offset = text.substr(zone + 1);
    if (offset.size() < 5 || !digits(offset.substr(0, 2)) || !digits(offset.substr(3, 2))) return std::nullopt;
    const long shift = static_cast<long>(to_number(offset.substr(0, 2)) * 60 + to_number(offset.substr(3, 2)));
    minutes -= text[zone] == '+' ? shift : -shift;
  }
  return *day + (minutes < 0 ? -1 : minutes >= 24 * 60 ? 1 : 0);
}

}  // namespace

std::optional<DayNumber> parse_date(std::string_view text) {
  if (text.size() > 10 && (text[10] == 'T' || text[10] == 't' || text[10] == ' ')) return parse_instant(text);
  return parse_calendar_date(text);
}

std::string format_date(DayNumber z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const long y = static_cast<long>(yoe) + era * 400 + (m <= 2);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
  return buf;
}

DayNumber today_utc() { return static_cast<DayNumber>(std::time(nullptr) / 86400); }

}  // namespace lint
