// Organisation number validation (mod-11).
#include "lint/core/ids.h"

namespace lint {

bool is_nine_digits(std::string_view text) {
  if (text.size() != 9) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

std::optional<int> orgnr_check_digit(std::string_view first_eight) {
  static constexpr int kWeights[] = {3, 2, 7, 6, 5, 4, 3, 2};
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) sum += kWeights[i] * (first_eight[i] - '0');
  const int remainder = sum % 11;
  if (remainder == 0) return 0;
  if (11 - remainder == 10) return std::nullopt;
  return 11 - remainder;
}

bool valid_orgnr(std::string_view text) {
  if (!is_nine_digits(text)) return false;
  const auto check = orgnr_check_digit(text.substr(0, 8));
  return check && *check == text[8] - '0';
}

}  // namespace lint
