// Unit tests for lint::text::extract_durations with rules/data/text/durations.yaml.
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/text/data.h"
#include "lint/text/durations.h"
#include "lint/text/markdown.h"

using namespace lint::text;

namespace {

const DurationData& data() {
  static const DurationData d =
      load_duration_data(YAML::LoadFile(std::string(DSOPLINT_SOURCE_DIR) + "/rules/data/text/durations.yaml"));
  return d;
}

}  // namespace

TEST_CASE("text/durations: amounts with units become days", "[text][durations]") {
  struct Case {
    const char* lang;
    const char* text;
    std::vector<long> days;
  };
  const Case cases[] = {
      {"nb", "Samtykket gjelder i 90 dager.", {90}},
      {"nn", "Samtykket gjeld i 90 dagar.", {90}},
      {"nn", "Samtykket gjeld i nitti dagar.", {90}},
      {"nn", "Etter dei 90 dagane er det slutt.", {90}},
      {"nb", "Samtykket varer i 3 måneder.", {90}},
      {"nn", "Samtykket varer i tre månader.", {90}},
      {"nb", "Samtykket gjelder i 30 dager.", {30}},
      {"nb", "Gyldig i ett år, eller 12 uker.", {365, 84}},
      {"nb", "Gyldig i 1 år.", {365}},
      {"nn", "Gyldig i to veker.", {14}},
      {"nb", "Et 90-dagers samtykke.", {90}},
      {"nb", "Inntil **90** dager.", {90}},
      {"nb", "# Gyldig i 90 dager", {90}},
      {"en", "The consent is valid for 90 days.", {90}},
      {"en", "The consent is valid for ninety days.", {90}},
      {"en", "It lasts three months or one year.", {90, 365}},
      {"en", "Two weeks.", {14}},
      // near misses
      {"nb", "Se https://bank.no/90-dager for mer.", {}},
      {"nb", "Skriv til 90dager@bank.no i dag.", {}},
      {"nb", "Gjelder fra 01.01.2026 dager etter.", {}},
      {"nb", "Konto 1234.56.78903 dager", {}},
      {"nb", "Samtykket gjelder i 90.", {}},
      {"nb", "Vi har 90 kunder og mange dager.", {}},
      {"nb", "Det tar 90. Dager går.", {}},
      {"nb", "Bruk `90 dager` i koden.", {}},
      {"nb", "<!-- 30 dager -->Ingen varighet.", {}},
      {"nb", "En dag kommer.", {}},
      {"nb", "Beløpet er 1234567 dager", {}},
  };
  for (const Case& c : cases) {
    INFO(c.lang << ": " << c.text);
    std::vector<long> days;
    for (const Duration& d : extract_durations(analyse_markdown(c.text), data(), c.lang)) days.push_back(d.days);
    CHECK(days == c.days);
  }
}

TEST_CASE("text/durations: amount, unit and span", "[text][durations]") {
  const std::string text = "Gjelder i tre månader.";
  const auto found = extract_durations(analyse_markdown(text), data(), "nn");
  REQUIRE(found.size() == 1);
  CHECK(found[0].amount == 3);
  CHECK(found[0].unit == "month");
  CHECK(found[0].unit_word == "månader");
  CHECK(found[0].days == 90);
  CHECK(text.substr(found[0].span.begin, found[0].span.size()) == "tre månader");
  CHECK(extract_durations(analyse_markdown(text), data(), "de").empty());
  CHECK(extract_durations(analyse_markdown(""), data(), "nb").empty());
}
