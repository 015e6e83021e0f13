// Norwegian person identifiers (fødselsnummer, D-nummer, synthetic Tenor numbers) found in text.
#include "lint/text/identifiers.h"

#include "lint/core/person_id.h"
#include "lint/text/unicode_util.h"

namespace lint::text {
namespace {

using detail::is_ascii_digit;

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
  const PersonIdCheck c = check_person_id(digits);
  if (c.valid()) out.push_back({span, std::move(digits), c.d_number, c.synthetic});
}

}  // namespace

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
