// Person identifier check digits and birth date (DOMAIN §6.2, Skatteetaten's foedselsEllerDNummerValidator).
#include "lint/core/person_id.h"

#include <array>

namespace lint {

namespace {

int digit(std::string_view s, std::size_t k) { return s[k] - '0'; }

int weighted(std::string_view s, const std::array<int, 10>& weights) {
  int sum = 0;
  for (std::size_t k = 0; k < weights.size(); ++k) sum += weights[k] * digit(s, k);
  return sum;
}

bool check_digits_hold(std::string_view d) {
  static constexpr std::array<int, 10> w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};  // d10 is k1 itself
  static constexpr std::array<int, 10> w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  const int k1_rest = weighted(d, w1) % 11;
  const int k2_rest = (weighted(d, w2) + digit(d, 10)) % 11;
  return k1_rest <= 3 && k2_rest == 0;
}

// The full year, or 0 when the individual number gives no century for the two-digit year.
int full_year(int yy, int individual) {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (yy < 40) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return 0;
}

int days_in_month(int month, int year) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month != 2) return days[static_cast<std::size_t>(month - 1)];
  const bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
  return leap ? 29 : 28;
}

// Reads the birth date into `c` (D-nummer, synthetic) and says whether it is a real date.
bool date_holds(std::string_view d, PersonIdCheck& c) {
  int day = digit(d, 0) * 10 + digit(d, 1);
  int month = digit(d, 2) * 10 + digit(d, 3);
  c.d_number = day > 40;
  c.synthetic = month > 80;
  if (c.d_number) day -= 40;
  if (c.synthetic) month -= 80;
  if (month < 1 || month > 12 || day < 1) return false;
  const int year = full_year(digit(d, 4) * 10 + digit(d, 5), digit(d, 6) * 100 + digit(d, 7) * 10 + digit(d, 8));
  return day <= days_in_month(month, year);
}

}  // namespace

bool is_eleven_digits(std::string_view text) {
  if (text.size() != 11) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

PersonIdCheck check_person_id(std::string_view text) {
  PersonIdCheck c;
  c.eleven_digits = is_eleven_digits(text);
  if (!c.eleven_digits) return c;
  c.check_digits = check_digits_hold(text);
  c.date = date_holds(text, c);
  return c;
}

bool valid_person_id(std::string_view text) { return check_person_id(text).valid(); }

}  // namespace lint
