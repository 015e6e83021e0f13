// lint::text::WordMap: finds what was added, and only that, across growth and words that share a key.
#include <catch2/catch.hpp>

#include <map>
#include <stdexcept>
#include <string>

#include "lint/text/word_map.h"

using lint::text::WordMap;

TEST_CASE("text/word map: every word added is found with its value; others are not", "[text]") {
  WordMap<long> map;
  CHECK(map.empty());
  CHECK(map.find("nitti") == nullptr);
  std::map<std::string, long> expected;
  // Words sharing their first eight bytes and their length share a slot key; short, empty and
  // non-ASCII words; enough of them to grow the table several times.
  for (long i = 0; i < 1000; ++i) {
    const std::string word = "samtykke" + std::to_string(1000 + i);
    map.set(word, i);
    expected[word] = i;
  }
  for (const char* w : {"", "a", "to", "tre", "nitti", "åtti", "syttiåtte", "ninety-nine"}) {
    map.set(w, static_cast<long>(std::string(w).size()));
    expected[w] = static_cast<long>(std::string(w).size());
  }
  CHECK(map.size() == expected.size());
  for (const auto& [word, value] : expected) {
    CAPTURE(word);
    REQUIRE(map.find(word) != nullptr);
    CHECK(*map.find(word) == value);
    CHECK(map.at(word) == value);
  }
  for (const char* w : {"samtykke0999", "samtykke2000", "samtykke", "b", "nitt", "nittii", "Nitti"}) {
    CAPTURE(w);
    CHECK_FALSE(map.contains(w));
  }
  CHECK_THROWS_AS(map.at("femti"), std::out_of_range);
}

TEST_CASE("text/word map: set replaces, try_emplace keeps, clear empties", "[text]") {
  WordMap<long> map;
  map.set("tre", 3);
  map.set("tre", 30);
  CHECK(map.at("tre") == 30);
  CHECK(map.try_emplace("tre", 300) == 30);
  CHECK(map.try_emplace("fire", 4) == 4);
  CHECK(map.size() == 2);
  map.clear();
  CHECK(map.empty());
  CHECK(map.find("tre") == nullptr);
  map.set("fem", 5);
  CHECK(map.at("fem") == 5);
}
