// Strict UTF-8 decoding (lint/core/utf8.h): the one decoder positions, output and text analysis share.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "lint/core/utf8.h"

namespace {

// Every code point decode_utf8 reads from `bytes`, -1 for each byte that is not valid UTF-8.
std::vector<long> decoded(const std::string& bytes) {
  std::vector<long> out;
  for (std::size_t pos = 0; pos < bytes.size();) out.push_back(lint::decode_utf8(bytes, pos));
  return out;
}

}  // namespace

TEST_CASE("utf8: decoding") {
  using CodePoints = std::vector<long>;
  auto [bytes, expected] = GENERATE(table<std::string, CodePoints>({
      {"a", {0x61}},
      {"bl\xC3\xA5", {0x62, 0x6C, 0xE5}},      // å
      {"\xE2\x82\xAC", {0x20AC}},              // €
      {"\xF0\x9F\x98\x80", {0x1F600}},         // an emoji, four bytes
      {"\xF4\x8F\xBF\xBF", {0x10FFFF}},        // the last code point
      {"bl\xE5!", {0x62, 0x6C, -1, 0x21}},     // Latin-1 å: one bad byte, then on
      {"\xC0\xAF", {-1, -1}},                  // overlong '/'
      {"\xE0\x80\xAF", {-1, -1, -1}},          // overlong, three bytes
      {"\xED\xA0\x80", {-1, -1, -1}},          // a UTF-16 surrogate
      {"\xF4\x90\x80\x80", {-1, -1, -1, -1}},  // beyond U+10FFFF
      {"ok\xE2\x82", {0x6F, 0x6B, -1, -1}},    // truncated at the end
      {"\x80x", {-1, 0x78}},                   // a stray continuation byte
      {std::string("\0", 1), {0}},
  }));
  CHECK(decoded(bytes) == expected);
  // The sequence length, validation and code-point count agree with the decoder.
  CHECK(lint::count_code_points(bytes) == expected.size());
  const bool valid = std::find(expected.begin(), expected.end(), -1) == expected.end();
  CHECK(lint::first_invalid_utf8(bytes).has_value() == !valid);
}

TEST_CASE("utf8: sequence lengths") {
  const std::string s = "a\xC3\xA5\xE2\x82\xAC\xF0\x9F\x98\x80\xFF";
  CHECK(lint::utf8_sequence_length(s, 0) == 1);
  CHECK(lint::utf8_sequence_length(s, 1) == 2);
  CHECK(lint::utf8_sequence_length(s, 2) == 0);  // a continuation byte does not start a sequence
  CHECK(lint::utf8_sequence_length(s, 3) == 3);
  CHECK(lint::utf8_sequence_length(s, 6) == 4);
  CHECK(lint::utf8_sequence_length(s, 10) == 0);
}

TEST_CASE("utf8: positions stay exact around the eight-byte ASCII steps", "[utf8]") {
  for (std::size_t at = 0; at < 24; ++at) {
    for (const std::string bad : {"\xFF", "\xC3", "\xE2\x82"}) {
      std::string text(at, 'a');
      text += bad;
      text += std::string(17, 'b');
      INFO("bad bytes at " << at);
      CHECK(lint::first_invalid_utf8(text) == at);
      CHECK(lint::count_code_points(text) == at + bad.size() + 17);  // each invalid byte counts as one
    }
    std::string good(at, 'a');
    good += "\xC3\xB8";  // ø
    good += std::string(at, 'z');
    CHECK_FALSE(lint::first_invalid_utf8(good).has_value());
    CHECK(lint::count_code_points(good) == 2 * at + 1);
  }
}
