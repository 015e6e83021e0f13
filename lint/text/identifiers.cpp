// Norwegian person identifiers (fødselsnummer, D-nummer, synthetic Tenor numbers): validation and search in
// text.
#include "lint/text/identifiers.h"

#include <array>

#include "lint/text/unicode_util.h"

namespace lint::text {
namespace {

using detail::is_ascii_digit;

int digit(std::string_view s, std::size_t k) { return s[k] - '0'; }

int weighted_mod11(std::string_view s, const std::array<int, 10>& weights, std::size_t count) {
  int sum = 0;
  for (std::size_t k = 0; k < count; ++k) sum += weights[k] * digit(s, k);
  return sum % 11;
}

bool checksums_ok(std::string_view d) {
  static constexpr std::array<int, 10> w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
  static constexpr std::array<int, 10> w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  const int r1 = weighted_mod11(d, w1, 10);
  const int r2 = (weighted_mod11(d, w2, 10) + digit(d, 10)) % 11;
  return r1 <= 3 && r2 == 0;
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

bool date_ok(std::string_view d, FnrCheck& c) {
  int day = digit(d, 0) * 10 + digit(d, 1);
  int month = digit(d, 2) * 10 + digit(d, 3);
  c.d_number = day > 40;
  c.synthetic = month > 80;
  if (c.d_number) day -= 40;
  if (c.synthetic) month -= 80;
  if (month < 1 || month > 12 || day < 1) return false;
  const int year =
      full_year(digit(d, 4) * 10 + digit(d, 5), digit(d, 6) * 100 + digit(d, 7) * 10 + digit(d, 8));
  return day <= days_in_month(month, year);
}

// True when the byte before `begin` / at `end` continues a longer token.
bool glued_before(std::string_view s, std::size_t begin) {
  if (begin == 0) return false;
  const char c = s[begin - 1];
  if (detail::is_ascii_alnum(c) || c == '_') return true;
  const bool joiner = c == '.' || c == ',' || c == '-' || c == '/';
  return joiner && begin >= 2 && is_ascii_digit(s[begin - 2]);
}

bool glued_after(std::string_view s, std::size_t end) {
  if (end >= s.size()) return false;
  const char c = s[end];
  if (detail::is_ascii_alnum(c) || c == '_') return true;
  const bool joiner = c == '.' || c == ',' || c == '-' || c == '/';
  return joiner && end + 1 < s.size() && is_ascii_digit(s[end + 1]);
}

std::size_t digit_run(std::string_view s, std::size_t pos) {
  std::size_t n = 0;
  while (pos + n < s.size() && is_ascii_digit(s[pos + n])) ++n;
  return n;
}

// "DDMMYY NNNNN": returns the end of the second group, or 0.
std::size_t split_form_end(std::string_view s, std::size_t after_six) {
  for (std::string_view sep : {std::string_view(" "), std::string_view("\u00A0")}) {
    if (s.substr(after_six, sep.size()) != sep) continue;
    const std::size_t second = after_six + sep.size();
    if (digit_run(s, second) == 5) return second + 5;
  }
  return 0;
}

void consider(std::string_view s, Span span, std::string digits, std::vector<PersonId>& out) {
  if (glued_before(s, span.begin) || glued_after(s, span.end)) return;
  const FnrCheck c = check_fnr(digits);
  if (c.valid) out.push_back({span, std::move(digits), c.d_number, c.synthetic});
}

}  // namespace

FnrCheck check_fnr(std::string_view digits) {
  FnrCheck c;
  if (digits.size() != 11) return c;
  for (char ch : digits)
    if (!is_ascii_digit(ch)) return c;
  const bool date = date_ok(digits, c);
  c.valid = date && checksums_ok(digits);
  return c;
}

bool valid_fnr(std::string_view digits) { return check_fnr(digits).valid; }

std::vector<PersonId> find_person_ids(std::string_view utf8) {
  std::vector<PersonId> found;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const std::size_t n = digit_run(utf8, pos);
    if (n == 0) {
      ++pos;
      continue;
    }
    if (n == 11) consider(utf8, {pos, pos + 11}, std::string(utf8.substr(pos, 11)), found);
    if (n == 6) {
      const std::size_t end = split_form_end(utf8, pos + 6);
      if (end > 0) {
        std::string digits(utf8.substr(pos, 6));
        digits += utf8.substr(end - 5, 5);
        consider(utf8, {pos, end}, std::move(digits), found);
        pos = end;
        continue;
      }
    }
    pos += n;
  }
  return found;
}

}  // namespace lint::text
