// Dates: strict calendar dates, instants by their UTC date, formatting.
#include <catch2/catch.hpp>

#include "lint/core/date.h"

TEST_CASE("date: calendar dates and instants") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"2026-11-27", "2026-11-27"},
      {"2028-02-29", "2028-02-29"},
      {"2026-02-29", ""},
      {"2026-13-01", ""},
      {"26-11-27", ""},
      {"2026-11-27T10:00:00Z", "2026-11-27"},
      {"2026-11-27T23:30:00-02:00", "2026-11-28"},
      {"2026-11-27T01:00:00+02:00", "2026-11-26"},
      {"2026-11-27T12:00", "2026-11-27"},
      {"2026-11-27Tnoon", ""},
  }));
  const auto day = lint::parse_date(text);
  CHECK((day ? lint::format_date(*day) : "") == expected);
}
