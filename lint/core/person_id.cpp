// Person identifier check digits (DOMAIN §6.2, Skatteetaten's foedselsEllerDNummerValidator).
#include "lint/core/person_id.h"

namespace lint {

namespace {

int weighted(std::string_view digits, const int* weights, std::size_t count) {
  int sum = 0;
  for (std::size_t i = 0; i < count; ++i) sum += weights[i] * (digits[i] - '0');
  return sum;
}

constexpr int kW1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr int kW2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

}  // namespace

bool is_eleven_digits(std::string_view text) {
  if (text.size() != 11) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

bool valid_person_id_checksum(std::string_view text) {
  if (!is_eleven_digits(text)) return false;
  const int k1_rest = (weighted(text, kW1, 9) + (text[9] - '0')) % 11;
  const int k2_rest = (weighted(text, kW2, 10) + (text[10] - '0')) % 11;
  return k1_rest <= 3 && k2_rest == 0;
}

}  // namespace lint
